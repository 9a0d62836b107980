package dev.codeloop.core.loop;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.item.Item;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a turn that has stopped making progress, so that no bug or stuck dependency can hang a thread for good.
 *
 * <p>Progress is any model stream event and any event the turn emits. The clock does not run while the turn
 * waits on something that has its own bound or is the client's to end: an approval (the client decides), a
 * running command (its own timeout kills it), or the client reading stdout (a slow reader slows the turn on
 * purpose). A turn silent for {@code limit} otherwise is cancelled (which kills its processes and withdraws
 * approvals); if it still has not ended after a grace period, its thread is interrupted, which also ends
 * blocking I/O. The turn then fails with {@link #failure()}.
 *
 * <p>The limit is larger than the model's stream idle timeout, so a silent model stream is always caught first
 * by that timeout (and retried, as in Codex), never by the watchdog.
 */
final class TurnWatchdog implements TurnEmitter.Monitor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TurnWatchdog.class);

    private final Duration limit;
    private final Duration grace;
    private final CancellationToken cancel;
    private final java.lang.Thread turnThread;
    private final java.lang.Thread timer;
    private final Set<String> runningCommands = new HashSet<>();
    private long lastProgressNanos = System.nanoTime();
    private boolean waitingOnApproval;
    private int emitting;
    private int holds;
    private boolean fired;
    private boolean closed;

    private TurnWatchdog(Duration limit, Duration grace, CancellationToken cancel, java.lang.Thread turnThread) {
        this.limit = limit;
        this.grace = grace;
        this.cancel = cancel;
        this.turnThread = turnThread;
        this.timer = java.lang.Thread.ofVirtual().name("turn-watchdog").unstarted(this::watch);
    }

    /** Watches the calling thread's turn until {@link #close()}. */
    static TurnWatchdog start(Duration limit, CancellationToken cancel) {
        Duration grace = limit.dividedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                : limit.dividedBy(2);
        TurnWatchdog watchdog = new TurnWatchdog(limit, grace, cancel, java.lang.Thread.currentThread());
        watchdog.timer.start();
        return watchdog;
    }

    /** Something happened (a model stream event). */
    synchronized void progress() {
        lastProgressNanos = System.nanoTime();
    }

    @Override
    public synchronized void beforeEmit(ThreadEvent event) {
        lastProgressNanos = System.nanoTime();
        emitting++;
        switch (event) {
            case ThreadEvent.StatusChanged s when s.status() instanceof ThreadRuntimeStatus.Active a ->
                    waitingOnApproval = a.waitingOnApproval();
            case ThreadEvent.ItemStarted s when s.item() instanceof Item.CommandExecution c ->
                    runningCommands.add(c.id());
            case ThreadEvent.ItemCompleted s when s.item() instanceof Item.CommandExecution c ->
                    runningCommands.remove(c.id());
            default -> { }
        }
    }

    @Override
    public synchronized void afterEmit() {
        emitting--;
        lastProgressNanos = System.nanoTime();
    }

    /** Stops the clock until the returned hold is closed (a wait bounded elsewhere, e.g. a retry's backoff). */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    synchronized Hold hold() {
        holds++;
        return () -> {
            synchronized (TurnWatchdog.this) {
                holds--;
                lastProgressNanos = System.nanoTime();
            }
        };
    }

    /** True once the watchdog ended the turn. */
    synchronized boolean fired() {
        return fired;
    }

    /** What the turn failed with when the watchdog ended it. */
    TurnFailure failure() {
        return new TurnFailure("The turn made no progress for " + limit.toMillis() + " ms and was stopped "
                + "(no model event, no tool output, not waiting on an approval).", TurnFailure.Kind.OTHER, null, null);
    }

    private synchronized boolean paused() {
        return waitingOnApproval || emitting > 0 || holds > 0 || !runningCommands.isEmpty();
    }

    private void watch() {
        try {
            while (true) {
                long idleNanos;
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    if (paused()) {
                        lastProgressNanos = System.nanoTime();
                    }
                    idleNanos = System.nanoTime() - lastProgressNanos;
                    if (idleNanos >= limit.toNanos()) {
                        fired = true;
                    }
                }
                if (fired()) {
                    break;
                }
                java.lang.Thread.sleep(Duration.ofNanos(Math.max(limit.toNanos() - idleNanos,
                        Math.min(limit.toNanos(), Duration.ofMillis(100).toNanos()))));
            }
            LOG.warn("turn made no progress for {} ms; cancelling it", limit.toMillis());
            cancel.cancel();
            java.lang.Thread.sleep(grace);
            synchronized (this) {
                if (closed) {
                    return;
                }
            }
            LOG.warn("turn still running {} ms after it was cancelled; interrupting its thread", grace.toMillis());
            turnThread.interrupt();
        } catch (InterruptedException e) {
            // closed: the turn ended
        }
    }

    /** The turn ended: stop watching. Clears an interrupt the watchdog may have caused. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        timer.interrupt();
        try {
            timer.join();
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
        }
        if (fired()) {
            java.lang.Thread.interrupted();
        }
    }
}
