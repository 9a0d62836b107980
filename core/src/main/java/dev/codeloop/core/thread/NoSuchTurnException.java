package dev.codeloop.core.thread;

/** A request named a turn that is not the thread's running turn (already finished, or never existed). */
public final class NoSuchTurnException extends Exception {

    public NoSuchTurnException(String threadId, String turnId) {
        super("turn " + turnId + " is not running on thread " + threadId);
    }
}
