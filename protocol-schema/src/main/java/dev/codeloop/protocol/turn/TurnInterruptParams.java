package dev.codeloop.protocol.turn;

/** Stop the running turn now. */
public record TurnInterruptParams(String threadId, String turnId) {
}
