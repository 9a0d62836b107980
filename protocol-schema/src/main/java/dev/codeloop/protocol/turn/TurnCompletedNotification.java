package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/** A turn ended: completed, interrupted or failed. */
public record TurnCompletedNotification(@Required String threadId, @Required Turn turn) {
}
