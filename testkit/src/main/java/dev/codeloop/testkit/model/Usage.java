package dev.codeloop.testkit.model;

/** Token usage reported in {@code response.completed}; the default is 100 in, 10 out. */
public record Usage(
        long inputTokens, long cachedInputTokens, long outputTokens, long reasoningOutputTokens, long totalTokens) {

    public static final Usage DEFAULT = of(100, 10);

    /** Usage with no cached or reasoning tokens; the total is {@code input + output}. */
    public static Usage of(long inputTokens, long outputTokens) {
        return new Usage(inputTokens, 0, outputTokens, 0, inputTokens + outputTokens);
    }
}
