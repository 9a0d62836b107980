package dev.codeloop.protocol.turn;

/** The aggregated unified diff (git style) of everything the turn has changed so far. */
public record TurnDiffUpdatedNotification(String threadId, String turnId, String diff) {
}
