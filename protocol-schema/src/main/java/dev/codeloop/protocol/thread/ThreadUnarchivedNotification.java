package dev.codeloop.protocol.thread;

/** A thread was unarchived. */
public record ThreadUnarchivedNotification(String threadId) {
}
