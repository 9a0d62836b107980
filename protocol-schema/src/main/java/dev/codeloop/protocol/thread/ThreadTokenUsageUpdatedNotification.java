package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * Token usage after a model response.
 *
 * @param threadId   the thread it belongs to
 * @param turnId     the turn of that response
 * @param tokenUsage the last response's counts and the thread's running total
 */
public record ThreadTokenUsageUpdatedNotification(
        @Required String threadId,
        @Required String turnId,
        @Required ThreadTokenUsage tokenUsage) {
}
