package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/**
 * Stop the running turn now.
 *
 * @param threadId the thread of the turn
 * @param turnId   the turn to stop
 */
public record TurnInterruptParams(@Required String threadId, @Required String turnId) {
}
