package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/**
 * A turn ended: completed, interrupted or failed.
 *
 * @param threadId the thread of the turn
 * @param turn     the turn, with its final status
 */
public record TurnCompletedNotification(@Required String threadId, @Required Turn turn) {
}
