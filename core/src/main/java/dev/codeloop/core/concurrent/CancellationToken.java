package dev.codeloop.core.concurrent;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-way cancellation flag shared by everything a turn starts (the model stream, a running command,
 * a pending approval). Cancelling runs every registered callback once, on the cancelling thread, so a
 * blocked read or a child process can be torn down at once instead of being polled.
 */
public final class CancellationToken {

    /** A registration that can be removed once the guarded work is finished. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Runnable> callbacks = new ArrayList<>();
    private boolean cancelled;

    /** A token that is never cancelled, for work that runs outside a turn. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code callback} when the token is cancelled; at once (on this thread) if it already is.
     * Close the returned registration when the guarded work ends so callbacks do not pile up.
     */
    public Registration onCancel(Runnable callback) {
        synchronized (this) {
            if (!cancelled) {
                callbacks.add(callback);
                return () -> {
                    synchronized (CancellationToken.this) {
                        callbacks.remove(callback);
                    }
                };
            }
        }
        callback.run();
        return () -> { };
    }

    /** Cancels the token; returns false if it was already cancelled. */
    public boolean cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return false;
            }
            cancelled = true;
            toRun = List.copyOf(callbacks);
            callbacks.clear();
        }
        for (Runnable callback : toRun) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                // One failing teardown must not stop the others (e.g. a dead process and a live stream).
                org.slf4j.LoggerFactory.getLogger(CancellationToken.class).warn("cancellation callback failed", e);
            }
        }
        return true;
    }
}
