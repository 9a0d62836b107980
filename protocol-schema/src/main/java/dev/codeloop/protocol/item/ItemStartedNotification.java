package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/** An item began; deltas for it may follow. */
public record ItemStartedNotification(
        @Required ThreadItem item,
        @Required String threadId,
        @Required String turnId,
        long startedAtMs) {
}
