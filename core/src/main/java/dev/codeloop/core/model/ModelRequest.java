package dev.codeloop.core.model;

import dev.codeloop.core.history.ResponseItem;
import java.util.List;
import java.util.Map;

/**
 * One sampling request: everything the model sees, resent in full each time (stateless, {@code store:false}).
 *
 * @param promptCacheKey    stable per thread, so the provider can reuse the cached prompt prefix
 * @param reasoningEffort   null to let the model decide
 * @param reasoningSummary  null to not ask for summaries
 * @param verbosity         null for the model default
 * @param metadata          identifiers sent as client metadata (thread and turn ids)
 */
public record ModelRequest(
        String model,
        String instructions,
        List<ResponseItem> input,
        List<ToolSpec> tools,
        boolean parallelToolCalls,
        String reasoningEffort,
        String reasoningSummary,
        String verbosity,
        String promptCacheKey,
        Map<String, String> metadata) {
}
