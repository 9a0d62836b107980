package dev.codeloop.core.approval;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TurnEmitter;
import java.util.concurrent.ExecutionException;

/**
 * Asking the client during one turn: sets and clears the thread's "waiting on approval" flag, waits for the
 * decision without ever hanging the turn (an interrupt withdraws the request), and remembers session-wide
 * approvals. A {@code cancel} decision also interrupts the turn.
 */
public final class TurnApprovals {

    private final ApprovalChannel channel;
    private final TurnEmitter events;
    private final CancellationToken cancel;
    private final SessionApprovals session;

    public TurnApprovals(ApprovalChannel channel, TurnEmitter events, CancellationToken cancel,
                         SessionApprovals session) {
        this.channel = channel;
        this.events = events;
        this.cancel = cancel;
        this.session = session;
    }

    public SessionApprovals session() {
        return session;
    }

    /** Marks the thread as waiting on the user (sent before or after the item starts, as Codex orders them). */
    public void beginWaiting() {
        events.status(new ThreadRuntimeStatus.Active(true));
    }

    /** Clears the waiting flag. */
    public void endWaiting() {
        events.status(new ThreadRuntimeStatus.Active(false));
    }

    /**
     * Sends the request and waits for the answer. Returns {@link ReviewDecision#CANCEL} when the turn is
     * interrupted while waiting; a {@code cancel} answer from the client interrupts the turn.
     */
    public ReviewDecision ask(ApprovalRequest request) {
        if (cancel.isCancelled()) {
            return ReviewDecision.CANCEL;
        }
        PendingApproval pending = channel.request(events.threadId(), events.turnId(), request);
        ReviewDecision decision;
        try (CancellationToken.Registration ignored = cancel.onCancel(pending::withdraw)) {
            decision = pending.decision().get();
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            pending.withdraw();
            decision = ReviewDecision.CANCEL;
        } catch (ExecutionException e) {
            decision = ReviewDecision.DECLINE;
        }
        if (decision == ReviewDecision.CANCEL) {
            cancel.cancel();
        }
        return decision;
    }
}
