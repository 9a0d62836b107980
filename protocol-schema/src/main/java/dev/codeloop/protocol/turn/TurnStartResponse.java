package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/** The new turn, still in progress; its events follow as notifications. */
public record TurnStartResponse(@Required Turn turn) {
}
