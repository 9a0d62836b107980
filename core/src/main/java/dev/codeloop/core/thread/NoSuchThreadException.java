package dev.codeloop.core.thread;

/** A request named a thread that does not exist, or whose log cannot be read (the message says which). */
public final class NoSuchThreadException extends Exception {

    public NoSuchThreadException(String message) {
        super(message);
    }
}
