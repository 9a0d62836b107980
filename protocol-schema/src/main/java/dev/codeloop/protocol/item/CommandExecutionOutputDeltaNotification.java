package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/** Live output (stdout and stderr merged) of a running command. */
public record CommandExecutionOutputDeltaNotification(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        @Required String delta) {
}
