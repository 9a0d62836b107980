package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** Token counts: the thread's running {@code total} and the {@code last} response's. */
public record ThreadTokenUsage(
        @Required TokenUsageBreakdown total,
        @Required TokenUsageBreakdown last,
        Long modelContextWindow) {

    public record TokenUsageBreakdown(
            long totalTokens,
            long inputTokens,
            long cachedInputTokens,
            long outputTokens,
            long reasoningOutputTokens) {
    }
}
