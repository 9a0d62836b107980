package dev.codeloop.core.approval;

import java.util.concurrent.CompletableFuture;

/** An approval request in flight. */
public interface PendingApproval {

    /** Completes with the client's decision; with {@link ReviewDecision#DECLINE} when the client answers with an error. */
    CompletableFuture<ReviewDecision> decision();

    /**
     * The turn stopped waiting (it was interrupted, or the server is shutting down): the client is told the
     * request is resolved, a late answer is ignored, and {@link #decision()} completes with
     * {@link ReviewDecision#CANCEL} if it has not completed yet. Idempotent.
     */
    void withdraw();
}
