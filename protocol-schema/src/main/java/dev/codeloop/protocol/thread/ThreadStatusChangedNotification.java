package dev.codeloop.protocol.thread;

/** A thread's runtime status changed. */
public record ThreadStatusChangedNotification(String threadId, ThreadStatus status) {
}
