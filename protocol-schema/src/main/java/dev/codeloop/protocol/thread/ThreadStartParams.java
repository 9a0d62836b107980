package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.Personality;
import dev.codeloop.protocol.policy.SandboxMode;
import java.util.Map;

/**
 * {@code thread/start}: every field is optional; unset ones come from config.
 * {@code config} holds extra dotted config keys (like {@code -c key=value}) for this thread.
 */
public record ThreadStartParams(
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
        Boolean ephemeral) {
}
