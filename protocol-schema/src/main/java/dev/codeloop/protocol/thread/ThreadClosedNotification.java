package dev.codeloop.protocol.thread;

/** A thread was unloaded from memory. */
public record ThreadClosedNotification(String threadId) {
}
