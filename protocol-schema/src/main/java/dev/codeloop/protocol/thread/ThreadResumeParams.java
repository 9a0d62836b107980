package dev.codeloop.protocol.thread;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.codeloop.protocol.Experimental;
import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.Personality;
import dev.codeloop.protocol.policy.SandboxMode;
import java.util.Map;

/**
 * {@code thread/resume}: load a stored thread (or rejoin a loaded one) to continue it. Overrides apply to later
 * turns; {@code excludeTurns} leaves {@code thread.turns} empty in the answer. {@code path} (experimental, as in
 * Codex) names the thread by its rollout file instead of its id.
 */
public record ThreadResumeParams(
        @Required String threadId,
        String model,
        String modelProvider,
        String cwd,
        AskForApproval approvalPolicy,
        ApprovalsReviewer approvalsReviewer,
        SandboxMode sandbox,
        Map<String, Object> config,
        String baseInstructions,
        String developerInstructions,
        Personality personality,
        Boolean excludeTurns,
        @Experimental("thread/resume.path")
        @JsonInclude(JsonInclude.Include.NON_NULL) String path) {
}
