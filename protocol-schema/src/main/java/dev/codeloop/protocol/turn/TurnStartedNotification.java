package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/** A turn began. */
public record TurnStartedNotification(@Required String threadId, @Required Turn turn) {
}
