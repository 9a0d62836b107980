package dev.codeloop.protocol.turn;

/** A turn ended: completed, interrupted or failed. */
public record TurnCompletedNotification(String threadId, Turn turn) {
}
