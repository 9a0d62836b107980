package dev.codeloop.protocol.turn;

/** The new turn, still in progress; its events follow as notifications. */
public record TurnStartResponse(Turn turn) {
}
