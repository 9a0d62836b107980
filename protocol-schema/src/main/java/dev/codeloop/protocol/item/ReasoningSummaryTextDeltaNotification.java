package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/** A piece of a reasoning summary part. */
public record ReasoningSummaryTextDeltaNotification(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        @Required String delta,
        long summaryIndex) {
}
