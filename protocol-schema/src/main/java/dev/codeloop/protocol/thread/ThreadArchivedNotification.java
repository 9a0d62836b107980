package dev.codeloop.protocol.thread;

/** A thread was archived. */
public record ThreadArchivedNotification(String threadId) {
}
