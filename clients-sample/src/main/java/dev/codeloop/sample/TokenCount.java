package dev.codeloop.sample;

import tools.jackson.databind.JsonNode;

/** One token breakdown from {@code thread/tokenUsage/updated} ({@code total} or {@code last}). */
public record TokenCount(long input, long cachedInput, long output, long reasoningOutput, long total) {

    static final TokenCount NONE = new TokenCount(0, 0, 0, 0, 0);

    static TokenCount from(JsonNode breakdown) {
        return new TokenCount(
                JsonFields.number(breakdown, "inputTokens", 0),
                JsonFields.number(breakdown, "cachedInputTokens", 0),
                JsonFields.number(breakdown, "outputTokens", 0),
                JsonFields.number(breakdown, "reasoningOutputTokens", 0),
                JsonFields.number(breakdown, "totalTokens", 0));
    }

    TokenCount plus(TokenCount other) {
        return new TokenCount(input + other.input, cachedInput + other.cachedInput, output + other.output,
                reasoningOutput + other.reasoningOutput, total + other.total);
    }

    public boolean isEmpty() {
        return total == 0 && input == 0 && output == 0;
    }

    /** {@code 2,480 in (1,200 cached) · 164 out (20 reasoning) · 2,644 total}; zero parts are left out. */
    public String describe() {
        return Formats.count(input) + " in" + (cachedInput > 0 ? " (" + Formats.count(cachedInput) + " cached)" : "")
                + " · " + Formats.count(output) + " out"
                + (reasoningOutput > 0 ? " (" + Formats.count(reasoningOutput) + " reasoning)" : "")
                + " · " + Formats.count(total) + " total";
    }
}
