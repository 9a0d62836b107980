package dev.codeloop.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnFailure.Kind;
import dev.codeloop.core.model.ModelError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which failed sampling attempts are retried, how the retry is announced, and how a final failure reads. */
class StreamRetryPolicyTest {

    private static final StreamRetryPolicy POLICY = new StreamRetryPolicy(5);

    private static final ModelError SERVER_ERROR = new ModelError.HttpStatus(500, "Internal Server Error", "boom", null);
    private static final ModelError RATE_LIMITED_WITH_DELAY =
            new ModelError.HttpStatus(429, "Too Many Requests", "slow down", Duration.ofSeconds(1));
    private static final ModelError RATE_LIMITED = new ModelError.HttpStatus(429, "Too Many Requests", "slow down", null);
    private static final ModelError DROPPED =
            new ModelError.StreamDisconnected("stream closed before response.completed");

    @Test
    void retryableErrorsAreRetried() {
        assertTrue(POLICY.decide(SERVER_ERROR, 0).retry(), "5xx after transport retries");
        assertTrue(POLICY.decide(new ModelError.HttpStatus(503, "Service Unavailable", null, null), 0).retry());
        assertTrue(POLICY.decide(RATE_LIMITED_WITH_DELAY, 0).retry(), "429 with Retry-After");
        assertTrue(POLICY.decide(DROPPED, 0).retry(), "stream drop");
        assertTrue(POLICY.decide(new ModelError.IdleTimeout(Duration.ofMillis(300)), 0).retry(), "idle timeout");
        assertTrue(POLICY.decide(new ModelError.ConnectionFailed("refused"), 0).retry(), "connection failure");
        assertTrue(POLICY.decide(new ModelError.ResponseFailed("server_error", "oops", null), 0).retry());
        assertTrue(POLICY.decide(new ModelError.ResponseFailed(null, "unknown", null), 0).retry());
    }

    @Test
    void nonRetryableErrorsFailAtOnce() {
        assertFalse(POLICY.decide(RATE_LIMITED, 0).retry(), "429 without Retry-After (h4)");
        assertFalse(POLICY.decide(new ModelError.HttpStatus(400, "Bad Request", "bad", null), 0).retry());
        assertFalse(POLICY.decide(new ModelError.HttpStatus(401, "Unauthorized", null, null), 0).retry());
        assertFalse(POLICY.decide(new ModelError.HttpStatus(404, "Not Found", null, null), 0).retry());
        assertFalse(POLICY.decide(new ModelError.ResponseFailed("context_length_exceeded", "too long", null), 0).retry());
        assertFalse(POLICY.decide(new ModelError.ResponseFailed("insufficient_quota", "pay up", null), 0).retry());
        assertFalse(POLICY.decide(new ModelError.ResponseFailed("invalid_prompt", "no", null), 0).retry());
        assertFalse(POLICY.decide(new ModelError.MissingApiKey("Missing environment variable: X"), 0).retry());
        assertFalse(POLICY.decide(new ModelError.Misconfigured("bad url"), 0).retry());
        assertFalse(POLICY.decide(new ModelError.Cancelled(), 0).retry());
    }

    @Test
    void eachRetryIsAnnouncedAsReconnectingNOfMax() {
        assertEquals("Reconnecting... 1/5", POLICY.decide(DROPPED, 0).notice().message());
        assertEquals("Reconnecting... 2/5", POLICY.decide(DROPPED, 1).notice().message());
        assertEquals("Reconnecting... 5/5", POLICY.decide(DROPPED, 4).notice().message());
    }

    @Test
    void retriesStopAtTheMaximum() {
        StreamRetryPolicy.Decision decision = POLICY.decide(DROPPED, 5);

        assertFalse(decision.retry());
        assertNull(decision.notice());
        assertEquals(new TurnFailure("stream disconnected before completion: stream closed before response.completed",
                Kind.RESPONSE_STREAM_DISCONNECTED, null, null), decision.failure());
    }

    @Test
    void zeroRetriesMeansNoRetry() {
        assertFalse(new StreamRetryPolicy(0).decide(DROPPED, 0).retry());
    }

    @Test
    void rateLimitNoticeNamesTheStatusLikeCodex() {
        // h_errors: error{willRetry, "Reconnecting... 1/5", responseStreamDisconnected{httpStatusCode:429},
        // additionalDetails "exceeded retry limit, last status: 429 Too Many Requests"}
        TurnFailure notice = POLICY.decide(RATE_LIMITED_WITH_DELAY, 0).notice();

        assertEquals(new TurnFailure("Reconnecting... 1/5", Kind.RESPONSE_STREAM_DISCONNECTED, 429,
                "exceeded retry limit, last status: 429 Too Many Requests"), notice);
    }

    @Test
    void serverErrorNoticeHasNoStatus() {
        // h2: responseStreamDisconnected{httpStatusCode:null} while 5xx retries go on.
        TurnFailure notice = POLICY.decide(SERVER_ERROR, 0).notice();

        assertEquals(Kind.RESPONSE_STREAM_DISCONNECTED, notice.kind());
        assertNull(notice.httpStatus());
        assertTrue(notice.additionalDetails().contains("boom"), notice.additionalDetails());
    }

    @Test
    void streamDropNoticeCarriesTheDisconnectReason() {
        // h3: additionalDetails "stream disconnected before completion: stream closed before response.completed"
        assertEquals("stream disconnected before completion: stream closed before response.completed",
                POLICY.decide(DROPPED, 0).notice().additionalDetails());
    }

    @Test
    void serverDelayIsHonoured() {
        assertEquals(Duration.ofSeconds(1), POLICY.decide(RATE_LIMITED_WITH_DELAY, 3).delay());
        assertEquals(Duration.ofMillis(1500), POLICY.decide(
                new ModelError.ResponseFailed("rate_limit_exceeded", "try again in 1.5s", Duration.ofMillis(1500)), 0)
                .delay());
    }

    @Test
    void withoutServerDelayTheBackoffDoublesFrom200Ms() {
        long first = POLICY.decide(DROPPED, 0).delay().toMillis();
        long third = POLICY.decide(DROPPED, 2).delay().toMillis();

        assertTrue(first >= 180 && first <= 220, "first retry after 200 ms ± 10%, was " + first);
        assertTrue(third >= 720 && third <= 880, "third retry after 800 ms ± 10%, was " + third);
    }

    @Test
    void finalFailuresHaveTheirKinds() {
        assertEquals(new TurnFailure("exceeded retry limit, last status: 429 Too Many Requests",
                Kind.RESPONSE_TOO_MANY_FAILED_ATTEMPTS, 429, null), POLICY.decide(RATE_LIMITED, 0).failure());
        assertEquals(Kind.INTERNAL_SERVER_ERROR, POLICY.decide(SERVER_ERROR, 5).failure().kind());
        assertEquals(Kind.BAD_REQUEST,
                POLICY.decide(new ModelError.HttpStatus(400, "Bad Request", "bad input", null), 0).failure().kind());
        assertEquals(Kind.UNAUTHORIZED,
                POLICY.decide(new ModelError.HttpStatus(401, "Unauthorized", null, null), 0).failure().kind());
        assertEquals(Kind.CONTEXT_WINDOW_EXCEEDED, POLICY.decide(
                new ModelError.ResponseFailed("context_length_exceeded", "too long", null), 0).failure().kind());
        assertEquals(Kind.USAGE_LIMIT_EXCEEDED, POLICY.decide(
                new ModelError.ResponseFailed("insufficient_quota", "pay up", null), 0).failure().kind());
        assertEquals(Kind.SERVER_OVERLOADED, POLICY.decide(
                new ModelError.ResponseFailed("server_is_overloaded", "busy", null), 5).failure().kind());
        assertEquals(Kind.HTTP_CONNECTION_FAILED,
                POLICY.decide(new ModelError.ConnectionFailed("refused"), 5).failure().kind());
        assertEquals(Kind.RESPONSE_STREAM_DISCONNECTED,
                POLICY.decide(new ModelError.IdleTimeout(Duration.ofMillis(300)), 5).failure().kind());
        assertEquals(Kind.UNAUTHORIZED,
                POLICY.decide(new ModelError.MissingApiKey("Missing environment variable: X"), 0).failure().kind());
    }

    @Test
    void finalFailureKeepsTheServersMessage() {
        TurnFailure failure = POLICY.decide(new ModelError.HttpStatus(400, "Bad Request", "bad input", null), 0).failure();

        assertTrue(failure.message().contains("HTTP 400") && failure.message().contains("bad input"), failure.message());
    }
}
