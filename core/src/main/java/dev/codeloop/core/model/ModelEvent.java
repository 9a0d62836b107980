package dev.codeloop.core.model;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.history.ResponseItem;

/** What a streaming model response reports, in order. */
public sealed interface ModelEvent {

    record Created(String responseId) implements ModelEvent {
    }

    /** An output item began; its content streams next. */
    record OutputItemAdded(OutputKind kind, String itemId) implements ModelEvent {
    }

    record TextDelta(String itemId, String delta) implements ModelEvent {
    }

    record ReasoningSummaryPartAdded(String itemId, int summaryIndex) implements ModelEvent {
    }

    record ReasoningSummaryDelta(String itemId, int summaryIndex, String delta) implements ModelEvent {
    }

    /**
     * An output item is complete. {@code itemId} is the provider's id (for messages it becomes the
     * client-visible item id); {@code item} is the history entry to record.
     */
    record OutputItemDone(String itemId, ResponseItem item) implements ModelEvent {
    }

    /** The response finished; usage may be null when the provider does not report it. */
    record Completed(String responseId, TokenUsage usage) implements ModelEvent {
    }

    enum OutputKind { MESSAGE, REASONING, FUNCTION_CALL, CUSTOM_TOOL_CALL, OTHER }
}
