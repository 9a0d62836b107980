package dev.codeloop.protocol.turn;

/** Why a turn failed (or is retrying): a human message plus a machine-readable kind. */
public record TurnError(String message, CodexErrorInfo codexErrorInfo, String additionalDetails) {
}
