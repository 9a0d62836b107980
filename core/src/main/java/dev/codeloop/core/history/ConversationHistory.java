package dev.codeloop.core.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The model-visible history of one thread. Append-only during normal work, so every request's input is an
 * exact prefix extension of the one before it; each entry remembers the turn that added it, so the last turns
 * can be rolled back. A listener (the thread's log) sees every append as it happens.
 */
public final class ConversationHistory {

    static final String ABORTED_OUTPUT = "aborted";

    /** Told about every appended item, in order, with the turn it belongs to. */
    @FunctionalInterface
    public interface Listener {
        void appended(String turnId, ResponseItem item);
    }

    /** A history item and the turn that added it. */
    public record Entry(String turnId, ResponseItem item) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private String currentTurnId;
    private Listener listener = (turnId, item) -> { };

    public ConversationHistory() {
    }

    /** A history restored from a thread's log. */
    public ConversationHistory(List<Entry> restored) {
        entries.addAll(restored);
    }

    public synchronized void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Later appends belong to this turn. */
    public synchronized void beginTurn(String turnId) {
        currentTurnId = turnId;
    }

    public synchronized void append(ResponseItem item) {
        entries.add(new Entry(currentTurnId, item));
        listener.appended(currentTurnId, item);
    }

    /** The items in order; an immutable copy. */
    public synchronized List<ResponseItem> snapshot() {
        return entries.stream().map(Entry::item).toList();
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Removes every item the given turns added (a rollback; the only change that is not an append). */
    public synchronized void dropTurns(Set<String> turnIds) {
        entries.removeIf(entry -> turnIds.contains(entry.turnId()));
    }

    /**
     * Adds an "aborted" output for every call that has none (an interrupted turn or a crash), because the
     * model API rejects a history with a call that was never answered. Appends only; nothing is rewritten.
     */
    public synchronized void answerUnansweredCalls() {
        Set<String> answered = new HashSet<>();
        for (Entry entry : entries) {
            if (entry.item() instanceof ResponseItem.FunctionCallOutput out) {
                answered.add(out.callId());
            } else if (entry.item() instanceof ResponseItem.CustomToolCallOutput out) {
                answered.add(out.callId());
            }
        }
        List<ResponseItem> missing = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.item() instanceof ResponseItem.FunctionCall call && !answered.contains(call.callId())) {
                missing.add(new ResponseItem.FunctionCallOutput(call.callId(), ABORTED_OUTPUT));
            } else if (entry.item() instanceof ResponseItem.CustomToolCall call && !answered.contains(call.callId())) {
                missing.add(new ResponseItem.CustomToolCallOutput(call.callId(), ABORTED_OUTPUT));
            }
        }
        for (ResponseItem item : missing) {
            append(item);
        }
    }
}
