package dev.codeloop.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InboundLimitTest {

    @Test
    void refusesBeyondTheCountAndTakesAgainOnceAnswered() {
        InboundLimit limit = new InboundLimit(2, 1000);
        assertTrue(limit.tryAcquire(10));
        assertTrue(limit.tryAcquire(10));
        assertFalse(limit.tryAcquire(10));
        limit.release(10);
        assertTrue(limit.tryAcquire(10));
        assertEquals(2, limit.pending());
    }

    @Test
    void refusesBeyondTheSizeBudgetButAlwaysTakesOneRequestWhenNoneIsPending() {
        InboundLimit limit = new InboundLimit(10, 100);
        assertTrue(limit.tryAcquire(500), "a lone request is taken whatever its size");
        assertFalse(limit.tryAcquire(1));
        limit.release(500);
        assertTrue(limit.tryAcquire(60));
        assertFalse(limit.tryAcquire(41));
        assertTrue(limit.tryAcquire(40));
    }

    @Test
    void awaitNonePendingReturnsOnceTheLastRequestIsAnswered() throws Exception {
        InboundLimit limit = new InboundLimit(4, 1000);
        assertTrue(limit.awaitNonePending(Duration.ZERO));
        assertTrue(limit.tryAcquire(1));
        assertFalse(limit.awaitNonePending(Duration.ofMillis(1)));
        Thread answer = Thread.ofVirtual().start(() -> limit.release(1));
        assertTrue(limit.awaitNonePending(Duration.ofSeconds(10)));
        answer.join();
    }
}
