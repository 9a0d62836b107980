package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/** A new reasoning summary part begins. */
public record ReasoningSummaryPartAddedNotification(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        long summaryIndex) {
}
