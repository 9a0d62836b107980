package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/**
 * A turn began.
 *
 * @param threadId the thread of the turn
 * @param turn     the new turn
 */
public record TurnStartedNotification(@Required String threadId, @Required Turn turn) {
}
