package dev.codeloop.protocol.turn;

/** {@code turn/interrupt} result: an empty object; the turn then ends with {@code turn/completed}. */
public record TurnInterruptResponse() {
}
