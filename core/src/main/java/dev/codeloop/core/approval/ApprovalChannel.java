package dev.codeloop.core.approval;

/**
 * How the engine asks the client for a decision. The app server implements it with server→client JSON-RPC
 * requests; embedders on the JVM can implement it directly. Must not block: the answer arrives later.
 */
@FunctionalInterface
public interface ApprovalChannel {

    PendingApproval request(String threadId, String turnId, ApprovalRequest request);

    /** A channel with nobody to ask: every request is declined at once (headless runs). */
    static ApprovalChannel declineAll() {
        return (threadId, turnId, request) -> new PendingApproval() {
            @Override
            public java.util.concurrent.CompletableFuture<ReviewDecision> decision() {
                return java.util.concurrent.CompletableFuture.completedFuture(ReviewDecision.DECLINE);
            }

            @Override
            public void withdraw() {
            }
        };
    }
}
