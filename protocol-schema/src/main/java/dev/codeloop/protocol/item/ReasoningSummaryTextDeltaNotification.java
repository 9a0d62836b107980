package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/**
 * A piece of a reasoning summary part.
 *
 * @param threadId     the thread it belongs to
 * @param turnId       the turn it belongs to
 * @param itemId       the {@code reasoning} item it belongs to
 * @param delta        text to append to the part
 * @param summaryIndex the index of the part in the item's {@code summary}
 */
public record ReasoningSummaryTextDeltaNotification(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        @Required String delta,
        long summaryIndex) {
}
