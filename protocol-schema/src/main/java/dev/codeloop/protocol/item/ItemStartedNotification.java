package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/**
 * An item began; deltas for it may follow.
 *
 * @param item        the item as it starts
 * @param threadId    the thread it belongs to
 * @param turnId      the turn it belongs to
 * @param startedAtMs when the item started, in epoch milliseconds
 */
public record ItemStartedNotification(
        @Required ThreadItem item,
        @Required String threadId,
        @Required String turnId,
        long startedAtMs) {
}
