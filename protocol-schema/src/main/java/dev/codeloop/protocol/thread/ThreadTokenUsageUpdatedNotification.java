package dev.codeloop.protocol.thread;

/** Token usage after a model response: the last response's and the thread's running total. */
public record ThreadTokenUsageUpdatedNotification(String threadId, String turnId, ThreadTokenUsage tokenUsage) {
}
