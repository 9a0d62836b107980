package dev.codeloop.core.event;

/**
 * Why a turn failed or is retrying, in terms a client can act on.
 *
 * @param message           human-readable summary
 * @param kind              machine-readable kind
 * @param httpStatus        HTTP status behind a transport kind, if any
 * @param additionalDetails extra detail (e.g. the server's message while retrying)
 */
public record TurnFailure(String message, Kind kind, Integer httpStatus, String additionalDetails) {

    public enum Kind {
        CONTEXT_WINDOW_EXCEEDED,
        USAGE_LIMIT_EXCEEDED,
        SERVER_OVERLOADED,
        INTERNAL_SERVER_ERROR,
        UNAUTHORIZED,
        BAD_REQUEST,
        HTTP_CONNECTION_FAILED,
        RESPONSE_STREAM_CONNECTION_FAILED,
        RESPONSE_STREAM_DISCONNECTED,
        RESPONSE_TOO_MANY_FAILED_ATTEMPTS,
        SANDBOX_ERROR,
        OTHER
    }
}
