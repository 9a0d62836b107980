package dev.codeloop.server.rpc;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bound on client requests accepted but not yet answered: the queue between the reader and the handlers.
 * The reader never waits for a slot; a request that finds none is refused at once with {@link RpcErrors#OVERLOADED}
 * (as Codex does), so a flood costs the server neither memory nor a blocked reader. Notifications and responses
 * from the client are not requests and never take a slot.
 */
public final class InboundLimit {

    /** System property that sets the capacity (tests use a small one); Codex's channel capacity is 128. */
    public static final String CAPACITY_PROPERTY = "codeloop.maxPendingRequests";
    public static final int DEFAULT_CAPACITY = 128;

    private final int capacity;
    private final Semaphore slots;

    public InboundLimit(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.slots = new Semaphore(capacity);
    }

    /** The capacity from {@value #CAPACITY_PROPERTY}, or {@value #DEFAULT_CAPACITY}. */
    public static InboundLimit fromSystemProperty() {
        return new InboundLimit(Integer.getInteger(CAPACITY_PROPERTY, DEFAULT_CAPACITY));
    }

    public int capacity() {
        return capacity;
    }

    /** Takes a slot for one request; false when {@code capacity} requests are already pending. */
    boolean tryAcquire() {
        return slots.tryAcquire();
    }

    /** Frees the slot of a request once its answer is on its way. */
    void release() {
        slots.release();
    }

    /**
     * Waits until every pending request is answered, or the timeout passes (shutdown: requests read before the
     * input ended still get their answers); true when none is pending.
     */
    public boolean awaitNonePending(Duration timeout) {
        try {
            if (slots.tryAcquire(capacity, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                slots.release(capacity);
                return true;
            }
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Requests pending right now. */
    public int pending() {
        return capacity - slots.availablePermits();
    }
}
