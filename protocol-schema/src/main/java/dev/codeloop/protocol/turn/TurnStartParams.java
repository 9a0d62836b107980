package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.item.UserInput;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.Personality;
import dev.codeloop.protocol.policy.ReasoningSummary;
import dev.codeloop.protocol.policy.SandboxPolicy;
import java.util.List;

/**
 * {@code turn/start}: the user's input plus optional overrides that persist for later turns.
 *
 * @param threadId          the thread, which must be loaded
 * @param input             what the user sent
 * @param cwd               a new working directory, resolved against the current one; it must exist
 * @param approvalPolicy    a new approval policy
 * @param approvalsReviewer accepted for Codex compatibility; approvals always go to the client
 * @param sandboxPolicy     a new sandbox policy
 * @param model             a new model
 * @param effort            a new reasoning effort: {@code none}, {@code minimal}, {@code low}, {@code medium}, {@code
 *                          high} or {@code xhigh}
 * @param summary           a new reasoning summary setting
 * @param personality       accepted for Codex compatibility; not used
 */
public record TurnStartParams(
        @Required String threadId,
        @Required List<UserInput> input,
        String cwd,
        AskForApproval approvalPolicy,
        ApprovalsReviewer approvalsReviewer,
        SandboxPolicy sandboxPolicy,
        String model,
        String effort,
        ReasoningSummary summary,
        Personality personality) {
}
