package dev.codeloop.protocol.item;

/** An item began; deltas for it may follow. */
public record ItemStartedNotification(ThreadItem item, String threadId, String turnId, long startedAtMs) {
}
