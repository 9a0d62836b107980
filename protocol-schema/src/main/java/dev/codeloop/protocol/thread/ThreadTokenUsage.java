package dev.codeloop.protocol.thread;

/** Token counts: the thread's running {@code total} and the {@code last} response's. */
public record ThreadTokenUsage(TokenUsageBreakdown total, TokenUsageBreakdown last, Long modelContextWindow) {

    public record TokenUsageBreakdown(
            long totalTokens,
            long inputTokens,
            long cachedInputTokens,
            long outputTokens,
            long reasoningOutputTokens) {
    }
}
