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
 * {@code thread/resume}: load a stored thread (or rejoin a loaded one) to continue it. The overrides apply when the
 * thread is loaded; a thread already loaded keeps its settings. Unset fields keep the thread's settings.
 *
 * @param threadId              the thread to resume; may be left out when {@code path} names it
 * @param model                 the model to use, by its provider's name for it
 * @param modelProvider         the id of a model provider from config
 * @param cwd                   the working directory of the thread's commands
 * @param approvalPolicy        when the server asks the client before acting
 * @param approvalsReviewer     accepted for Codex compatibility; approvals always go to the client
 * @param sandbox               the coarse sandbox choice for the thread's commands
 * @param config                extra dotted config keys (like {@code -c key=value}) for this thread
 * @param baseInstructions      replaces the model's built-in instructions
 * @param developerInstructions extra instructions for the model, sent after its permissions
 * @param personality           accepted for Codex compatibility; not used
 * @param excludeTurns          true to leave {@code thread.turns} empty in the answer
 * @param path                  (experimental, as in Codex) the thread's log file, to name the thread instead of its id
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
