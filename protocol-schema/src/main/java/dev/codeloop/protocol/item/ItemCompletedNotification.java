package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/** An item is final. Authoritative: clients should replace whatever they built from deltas. */
public record ItemCompletedNotification(
        @Required ThreadItem item,
        @Required String threadId,
        @Required String turnId,
        long completedAtMs) {
}
