package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** Token usage after a model response: the last response's and the thread's running total. */
public record ThreadTokenUsageUpdatedNotification(
        @Required String threadId,
        @Required String turnId,
        @Required ThreadTokenUsage tokenUsage) {
}
