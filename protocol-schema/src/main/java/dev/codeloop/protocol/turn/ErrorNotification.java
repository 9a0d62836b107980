package dev.codeloop.protocol.turn;

/** A turn-level error; with willRetry the server is retrying, otherwise the turn fails. */
public record ErrorNotification(TurnError error, boolean willRetry, String threadId, String turnId) {
}
