package dev.codeloop.core.model;

import java.time.Duration;

/** Why a model request failed, typed so the retry policy and the client can act on it. */
public sealed interface ModelError {

    String describe();

    /** The server answered with an error status (after transport retries, for 5xx). */
    record HttpStatus(int status, String reason, String serverMessage, Duration retryAfter) implements ModelError {
        public String describe() {
            return "HTTP " + status + (serverMessage == null ? "" : ": " + serverMessage);
        }
    }

    /** The server could not be reached (after transport retries). */
    record ConnectionFailed(String message) implements ModelError {
        public String describe() {
            return "connection failed: " + message;
        }
    }

    /** The stream ended or broke before {@code response.completed}. */
    record StreamDisconnected(String message) implements ModelError {
        public String describe() {
            return "stream disconnected before completion: " + message;
        }
    }

    /** No event arrived within the provider's stream idle timeout. */
    record IdleTimeout(Duration timeout) implements ModelError {
        public String describe() {
            return "stream disconnected before completion: no event for " + timeout.toMillis() + " ms (idle timeout)";
        }
    }

    /** The response itself reported failure ({@code response.failed} / {@code error} event). */
    record ResponseFailed(String code, String message, Duration retryAfter) implements ModelError {
        public String describe() {
            return message == null ? String.valueOf(code) : message;
        }
    }

    /** The provider needs an API key that is not set. */
    record MissingApiKey(String message) implements ModelError {
        public String describe() {
            return message;
        }
    }

    /** The turn was interrupted while the request was in flight. */
    record Cancelled() implements ModelError {
        public String describe() {
            return "cancelled";
        }
    }

    /** The provider's configuration cannot work (bad base URL, unsupported wire API). */
    record Misconfigured(String message) implements ModelError {
        public String describe() {
            return message;
        }
    }
}
