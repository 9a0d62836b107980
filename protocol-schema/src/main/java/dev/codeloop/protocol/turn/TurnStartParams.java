package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.item.UserInput;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.Personality;
import dev.codeloop.protocol.policy.ReasoningSummary;
import dev.codeloop.protocol.policy.SandboxPolicy;
import java.util.List;

/** {@code turn/start}: the user's input plus optional overrides that persist for later turns. */
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
