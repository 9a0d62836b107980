package dev.codeloop.protocol.item;

/** A new reasoning summary part begins. */
public record ReasoningSummaryPartAddedNotification(String threadId, String turnId, String itemId, long summaryIndex) {
}
