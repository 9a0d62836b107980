package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/**
 * The new turn, still in progress; its events follow as notifications.
 *
 * @param turn the new turn
 */
public record TurnStartResponse(@Required Turn turn) {
}
