package dev.codeloop.core.thread.store;

/** A log or index line that is not what its writer would have written: bad JSON or a missing field. */
final class MalformedRecordException extends RuntimeException {

    MalformedRecordException(String message) {
        super(message);
    }

    MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
