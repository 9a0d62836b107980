package dev.codeloop.protocol.item;

/** An item is final. Authoritative: clients should replace whatever they built from deltas. */
public record ItemCompletedNotification(ThreadItem item, String threadId, String turnId, long completedAtMs) {
}
