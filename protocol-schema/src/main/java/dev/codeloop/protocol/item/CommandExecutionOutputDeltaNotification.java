package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/**
 * Live output (stdout and stderr merged) of a running command.
 *
 * @param threadId the thread it belongs to
 * @param turnId   the turn it belongs to
 * @param itemId   the {@code commandExecution} item it belongs to
 * @param delta    the next piece of output
 */
public record CommandExecutionOutputDeltaNotification(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        @Required String delta) {
}
