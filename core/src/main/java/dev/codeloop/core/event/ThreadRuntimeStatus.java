package dev.codeloop.core.event;

/** Runtime state of a loaded thread. */
public sealed interface ThreadRuntimeStatus {

    record Idle() implements ThreadRuntimeStatus {
    }

    record SystemError() implements ThreadRuntimeStatus {
    }

    /** A turn runs; {@code waitingOnApproval} while it waits for the client's decision. */
    record Active(boolean waitingOnApproval) implements ThreadRuntimeStatus {
    }
}
