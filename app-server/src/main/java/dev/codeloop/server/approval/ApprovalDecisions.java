package dev.codeloop.server.approval;

import dev.codeloop.core.approval.ReviewDecision;
import dev.codeloop.protocol.approval.ApprovalDecision;

/** Wire decisions to core decisions. Anything unknown counts as a refusal: never act on a misunderstanding. */
final class ApprovalDecisions {

    private ApprovalDecisions() {
    }

    static ReviewDecision toCore(ApprovalDecision decision) {
        return switch (decision.kind()) {
            case "accept", "applyNetworkPolicyAmendment" -> ReviewDecision.ACCEPT;
            // Codex persists an exec-policy rule for this; we remember the command for the thread instead.
            case "acceptForSession", "acceptWithExecpolicyAmendment" -> ReviewDecision.ACCEPT_FOR_SESSION;
            case "cancel" -> ReviewDecision.CANCEL;
            default -> ReviewDecision.DECLINE;
        };
    }
}
