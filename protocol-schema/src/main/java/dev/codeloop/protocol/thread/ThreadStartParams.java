package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.Personality;
import dev.codeloop.protocol.policy.SandboxMode;
import java.util.Map;

/**
 * {@code thread/start}: every field is optional; unset ones come from config.
 *
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
 * @param ephemeral             keep the thread in memory only: it is never stored
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
