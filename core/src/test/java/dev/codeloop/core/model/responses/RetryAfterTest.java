package dev.codeloop.core.model.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Server-supplied retry delays: the {@code Retry-After} header and "try again in …" in error messages. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void secondsAreReadAsADelay() {
        assertEquals(Duration.ofSeconds(1), RetryAfter.parse("1", NOW));
        assertEquals(Duration.ofMillis(1500), RetryAfter.parse(" 1.5 ", NOW));
    }

    @Test
    void anHttpDateIsReadAsTheTimeUntilThen() {
        assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Sun, 01 Jun 2025 12:00:30 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Sun, 01 Jun 2025 11:00:00 GMT", NOW));
    }

    @Test
    void missingOrUnreadableValuesGiveNoDelay() {
        assertNull(RetryAfter.parse(null, NOW));
        assertNull(RetryAfter.parse("", NOW));
        assertNull(RetryAfter.parse("-1", NOW));
        assertNull(RetryAfter.parse("soon", NOW));
    }

    @Test
    void tryAgainHintsInMessagesAreReadInSecondsOrMilliseconds() {
        assertEquals(Duration.ofMillis(1500),
                ResponsesEventDecoder.retryAfterHint("Rate limit reached. Please try again in 1.5s. Visit …"));
        assertEquals(Duration.ofMillis(250), ResponsesEventDecoder.retryAfterHint("Please try again in 250ms."));
        assertNull(ResponsesEventDecoder.retryAfterHint("Something went wrong."));
        assertNull(ResponsesEventDecoder.retryAfterHint(null));
    }
}
