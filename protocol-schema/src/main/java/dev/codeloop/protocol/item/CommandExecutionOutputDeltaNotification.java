package dev.codeloop.protocol.item;

/** Live output (stdout and stderr merged) of a running command. */
public record CommandExecutionOutputDeltaNotification(String threadId, String turnId, String itemId, String delta) {
}
