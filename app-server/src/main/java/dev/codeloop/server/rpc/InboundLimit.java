package dev.codeloop.server.rpc;

import java.time.Duration;

/**
 * The bound on client requests accepted but not yet answered: the queue between the reader and the handlers.
 * It counts requests and the size of their lines, so a flood of large requests cannot exhaust memory either
 * (one request is always accepted when nothing is pending, however large, up to the line limit). The reader
 * never waits for room; a request that finds none is refused at once with {@link RpcErrors#OVERLOADED} (as
 * Codex does). Notifications and responses from the client are not requests and never take room.
 */
public final class InboundLimit {

    /** System property that sets the count (tests use a small one); Codex's channel capacity is 128. */
    public static final String CAPACITY_PROPERTY = "codeloop.maxPendingRequests";
    public static final int DEFAULT_CAPACITY = 128;
    /** System property that sets the size budget, in characters of request lines. */
    public static final String BYTES_PROPERTY = "codeloop.maxPendingRequestBytes";
    public static final long DEFAULT_BYTES = 64L * 1024 * 1024;

    private final int capacity;
    private final long maxBytes;
    private int pending;
    private long pendingBytes;

    public InboundLimit(int capacity, long maxBytes) {
        if (capacity < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + capacity + " requests, " + maxBytes
                    + " bytes");
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
    }

    /** The limits from {@value #CAPACITY_PROPERTY} and {@value #BYTES_PROPERTY}, or the defaults. */
    public static InboundLimit fromSystemProperties() {
        return new InboundLimit(Integer.getInteger(CAPACITY_PROPERTY, DEFAULT_CAPACITY),
                Long.getLong(BYTES_PROPERTY, DEFAULT_BYTES));
    }

    public int capacity() {
        return capacity;
    }

    /** Takes room for one request of {@code bytes}; false when the count or the size budget is used up. */
    synchronized boolean tryAcquire(long bytes) {
        if (pending >= capacity || (pending > 0 && pendingBytes + bytes > maxBytes)) {
            return false;
        }
        pending++;
        pendingBytes += bytes;
        return true;
    }

    /** Frees the room of a request once its answer is on its way. */
    synchronized void release(long bytes) {
        pending--;
        pendingBytes -= bytes;
        if (pending == 0) {
            notifyAll();
        }
    }

    /**
     * Waits until every pending request is answered, or the timeout passes (shutdown: requests read before the
     * input ended still get their answers); true when none is pending.
     */
    public synchronized boolean awaitNonePending(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Requests pending right now. */
    public synchronized int pending() {
        return pending;
    }
}
