package dev.codeloop.core.loop;

import dev.codeloop.core.event.TokenUsage;

/**
 * What one model response left behind.
 *
 * @param needsFollowUp true when the model called tools, so it must see their outputs and continue
 * @param usage         the response's token usage (zero when the provider did not report it)
 */
record SamplingResult(boolean needsFollowUp, TokenUsage usage) {
}
