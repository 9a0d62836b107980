package dev.codeloop.core.loop;

import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnFailure.Kind;
import dev.codeloop.core.model.Backoff;
import dev.codeloop.core.model.ModelError;
import java.time.Duration;

/**
 * Decides, after a failed sampling attempt, whether to retry the stream and what the client is told.
 * Matches Codex's observable behaviour: dropped streams, idle timeouts, 5xx after transport retries and 429
 * with a {@code Retry-After} are retried (each retry announced as "Reconnecting... n/max"); a 429 without
 * {@code Retry-After}, other 4xx and context-window errors fail the turn at once.
 */
final class StreamRetryPolicy {

    /** Retry after {@code delay}, telling the client {@code notice}; or give up with {@code failure}. */
    record Decision(boolean retry, Duration delay, TurnFailure notice, TurnFailure failure) {
    }

    private final int maxRetries;

    StreamRetryPolicy(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    /** @param retriesSoFar how many stream retries this request already had */
    Decision decide(ModelError error, int retriesSoFar) {
        TurnFailure finalFailure = finalFailure(error);
        Duration serverDelay = serverDelay(error);
        boolean retryable = isRetryable(error);
        if (!retryable || retriesSoFar >= maxRetries) {
            return new Decision(false, null, null, finalFailure);
        }
        int attempt = retriesSoFar + 1;
        TurnFailure notice = new TurnFailure("Reconnecting... " + attempt + "/" + maxRetries,
                Kind.RESPONSE_STREAM_DISCONNECTED, noticeStatus(error), noticeDetails(error));
        Duration delay = serverDelay != null ? serverDelay : Backoff.delay(attempt);
        return new Decision(true, delay, notice, null);
    }

    private static boolean isRetryable(ModelError error) {
        return switch (error) {
            case ModelError.HttpStatus h -> h.status() >= 500 || (h.status() == 429 && h.retryAfter() != null);
            case ModelError.ConnectionFailed c -> true;
            case ModelError.StreamDisconnected s -> true;
            case ModelError.IdleTimeout t -> true;
            case ModelError.ResponseFailed f -> !isFatalResponseCode(f.code());
            case ModelError.MissingApiKey m -> false;
            case ModelError.Misconfigured m -> false;
            case ModelError.Cancelled c -> false;
        };
    }

    private static boolean isFatalResponseCode(String code) {
        return code != null && switch (code) {
            case "context_length_exceeded", "insufficient_quota", "usage_limit_reached", "invalid_prompt",
                 "invalid_request_error", "incomplete" -> true;
            default -> false;
        };
    }

    private static Duration serverDelay(ModelError error) {
        return switch (error) {
            case ModelError.HttpStatus h -> h.retryAfter();
            case ModelError.ResponseFailed f -> f.retryAfter();
            default -> null;
        };
    }

    /** Codex reports the HTTP status while retrying only for 429 (a 5xx shows as a plain disconnect). */
    private static Integer noticeStatus(ModelError error) {
        return error instanceof ModelError.HttpStatus h && h.status() < 500 ? h.status() : null;
    }

    private static String noticeDetails(ModelError error) {
        return switch (error) {
            case ModelError.HttpStatus h when h.status() == 429 -> tooManyFailedAttempts(h);
            case ModelError.HttpStatus h -> serverErrorMessage(h);
            default -> error.describe();
        };
    }

    static TurnFailure finalFailure(ModelError error) {
        return switch (error) {
            case ModelError.HttpStatus h when h.status() == 429 ->
                    new TurnFailure(tooManyFailedAttempts(h), Kind.RESPONSE_TOO_MANY_FAILED_ATTEMPTS, 429, null);
            case ModelError.HttpStatus h when h.status() >= 500 ->
                    new TurnFailure(serverErrorMessage(h), Kind.INTERNAL_SERVER_ERROR, null, null);
            case ModelError.HttpStatus h when h.status() == 401 || h.status() == 403 ->
                    new TurnFailure("The model provider rejected the credentials (HTTP " + h.status() + ")"
                            + detail(h.serverMessage()), Kind.UNAUTHORIZED, null, h.serverMessage());
            case ModelError.HttpStatus h -> new TurnFailure("The model provider refused the request (HTTP "
                    + h.status() + ")" + detail(h.serverMessage()), Kind.BAD_REQUEST, null, h.serverMessage());
            case ModelError.ConnectionFailed c -> new TurnFailure("Could not reach the model provider: "
                    + c.message(), Kind.HTTP_CONNECTION_FAILED, null, null);
            case ModelError.StreamDisconnected s ->
                    new TurnFailure(s.describe(), Kind.RESPONSE_STREAM_DISCONNECTED, null, null);
            case ModelError.IdleTimeout t ->
                    new TurnFailure(t.describe(), Kind.RESPONSE_STREAM_DISCONNECTED, null, null);
            case ModelError.ResponseFailed f -> responseFailed(f);
            case ModelError.MissingApiKey m -> new TurnFailure(m.message(), Kind.UNAUTHORIZED, null, null);
            case ModelError.Misconfigured m -> new TurnFailure(m.message(), Kind.BAD_REQUEST, null, null);
            case ModelError.Cancelled c -> new TurnFailure("cancelled", Kind.OTHER, null, null);
        };
    }

    private static TurnFailure responseFailed(ModelError.ResponseFailed f) {
        String message = f.describe();
        Kind kind = f.code() == null ? Kind.OTHER : switch (f.code()) {
            case "context_length_exceeded" -> Kind.CONTEXT_WINDOW_EXCEEDED;
            case "insufficient_quota", "usage_limit_reached" -> Kind.USAGE_LIMIT_EXCEEDED;
            case "server_is_overloaded", "slow_down" -> Kind.SERVER_OVERLOADED;
            case "server_error" -> Kind.INTERNAL_SERVER_ERROR;
            case "invalid_prompt", "invalid_request_error" -> Kind.BAD_REQUEST;
            default -> Kind.OTHER;
        };
        return new TurnFailure(message, kind, null, null);
    }

    private static String tooManyFailedAttempts(ModelError.HttpStatus h) {
        return "exceeded retry limit, last status: " + h.status() + " " + h.reason();
    }

    private static String serverErrorMessage(ModelError.HttpStatus h) {
        return "The model provider had an internal error (HTTP " + h.status() + ")" + detail(h.serverMessage());
    }

    private static String detail(String serverMessage) {
        return serverMessage == null ? "." : ": " + serverMessage;
    }
}
