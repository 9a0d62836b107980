package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/**
 * Why a turn failed (or is retrying): a human message plus a machine-readable kind.
 *
 * @param message           a human-readable summary
 * @param codexErrorInfo    the machine-readable kind, as Codex names it
 * @param additionalDetails more detail, such as the model server's message while retrying; null when there is none
 */
public record TurnError(@Required String message, CodexErrorInfo codexErrorInfo, String additionalDetails) {
}
