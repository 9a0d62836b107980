package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/** Why a turn failed (or is retrying): a human message plus a machine-readable kind. */
public record TurnError(@Required String message, CodexErrorInfo codexErrorInfo, String additionalDetails) {
}
