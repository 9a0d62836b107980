package dev.codeloop.core.thread;

/** A turn was started while another is still running on the same thread. */
public final class ThreadBusyException extends Exception {

    public ThreadBusyException(String threadId, String activeTurnId) {
        super("thread " + threadId + " is already running turn " + activeTurnId
                + "; wait for turn/completed or interrupt it first");
    }
}
