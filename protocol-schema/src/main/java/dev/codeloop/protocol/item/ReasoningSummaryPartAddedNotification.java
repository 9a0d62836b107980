package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/**
 * A new reasoning summary part begins.
 *
 * @param threadId     the thread it belongs to
 * @param turnId       the turn it belongs to
 * @param itemId       the {@code reasoning} item it belongs to
 * @param summaryIndex the index of the new part in the item's {@code summary}
 */
public record ReasoningSummaryPartAddedNotification(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        long summaryIndex) {
}
