package dev.codeloop.protocol.turn;

/** A turn began. */
public record TurnStartedNotification(String threadId, Turn turn) {
}
