package dev.codeloop.protocol.item;

/** A piece of a reasoning summary part. */
public record ReasoningSummaryTextDeltaNotification(String threadId, String turnId, String itemId, String delta, long summaryIndex) {
}
