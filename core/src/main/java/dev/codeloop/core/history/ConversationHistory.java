package dev.codeloop.core.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The model-visible history of one thread. Append-only, so every request's input is an exact prefix
 * extension of the one before it.
 */
public final class ConversationHistory {

    static final String ABORTED_OUTPUT = "aborted";

    private final List<ResponseItem> items = new ArrayList<>();

    public synchronized void append(ResponseItem item) {
        items.add(item);
    }

    public synchronized List<ResponseItem> snapshot() {
        return List.copyOf(items);
    }

    public synchronized int size() {
        return items.size();
    }

    /**
     * Adds an "aborted" output for every call that has none (an interrupted turn or a crash), because the
     * model API rejects a history with a call that was never answered. Appends only; nothing is rewritten.
     */
    public synchronized void answerUnansweredCalls() {
        Set<String> answered = new HashSet<>();
        for (ResponseItem item : items) {
            if (item instanceof ResponseItem.FunctionCallOutput out) {
                answered.add(out.callId());
            } else if (item instanceof ResponseItem.CustomToolCallOutput out) {
                answered.add(out.callId());
            }
        }
        List<ResponseItem> missing = new ArrayList<>();
        for (ResponseItem item : items) {
            if (item instanceof ResponseItem.FunctionCall call && !answered.contains(call.callId())) {
                missing.add(new ResponseItem.FunctionCallOutput(call.callId(), ABORTED_OUTPUT));
            } else if (item instanceof ResponseItem.CustomToolCall call && !answered.contains(call.callId())) {
                missing.add(new ResponseItem.CustomToolCallOutput(call.callId(), ABORTED_OUTPUT));
            }
        }
        items.addAll(missing);
    }
}
