package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * Token counts of a thread.
 *
 * @param total              the thread's running total
 * @param last               the last model response's counts
 * @param modelContextWindow the model's context window, in tokens; null when unknown
 */
public record ThreadTokenUsage(
        @Required TokenUsageBreakdown total,
        @Required TokenUsageBreakdown last,
        Long modelContextWindow) {

    /**
     * Token counts of one model response, or a sum of several.
     *
     * @param totalTokens           all tokens, as the model provider reports them
     * @param inputTokens           input tokens
     * @param cachedInputTokens     input tokens the provider served from its cache
     * @param outputTokens          output tokens
     * @param reasoningOutputTokens output tokens spent on reasoning
     */
    public record TokenUsageBreakdown(
            long totalTokens,
            long inputTokens,
            long cachedInputTokens,
            long outputTokens,
            long reasoningOutputTokens) {
    }
}
