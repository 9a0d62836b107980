package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.SandboxMode;
import java.util.Map;

/** {@code thread/fork}: a new thread with a copy of another's history; it continues independently. */
public record ThreadForkParams(
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
        Boolean ephemeral) {
}
