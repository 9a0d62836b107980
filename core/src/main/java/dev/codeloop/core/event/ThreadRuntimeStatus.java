package dev.codeloop.core.event;

/** Runtime state of a thread. */
public sealed interface ThreadRuntimeStatus {

    /** Stored on disk but not in memory. */
    record NotLoaded() implements ThreadRuntimeStatus {
    }

    record Idle() implements ThreadRuntimeStatus {
    }

    record SystemError() implements ThreadRuntimeStatus {
    }

    /** A turn runs; {@code waitingOnApproval} while it waits for the client's decision. */
    record Active(boolean waitingOnApproval) implements ThreadRuntimeStatus {
    }
}
