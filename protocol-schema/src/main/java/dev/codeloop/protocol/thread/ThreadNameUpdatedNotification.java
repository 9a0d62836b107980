package dev.codeloop.protocol.thread;

/** A thread's name changed. */
public record ThreadNameUpdatedNotification(String threadId, String threadName) {
}
