package dev.codeloop.core.event;

import dev.codeloop.core.item.Item;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Emits one turn's events with its thread and turn ids filled in, and hands every completed item to the
 * turn's record, so what clients saw live is exactly what {@code thread/read} returns later.
 */
public final class TurnEmitter {

    private final String threadId;
    private final String turnId;
    private final ThreadEventListener listener;
    private final Consumer<Item> completedItems;
    private final Consumer<ThreadRuntimeStatus> statusChanges;
    private final Clock clock;

    /**
     * @param completedItems receives every completed item (the turn's record)
     * @param statusChanges  sets the thread's status (which also emits the event), so reads see it too
     */
    public TurnEmitter(String threadId, String turnId, ThreadEventListener listener, Consumer<Item> completedItems,
                       Consumer<ThreadRuntimeStatus> statusChanges, Clock clock) {
        this.threadId = threadId;
        this.turnId = turnId;
        this.listener = listener;
        this.completedItems = completedItems;
        this.statusChanges = statusChanges;
        this.clock = clock;
    }

    public String threadId() {
        return threadId;
    }

    public String turnId() {
        return turnId;
    }

    public long nowMs() {
        return clock.millis();
    }

    public void itemStarted(Item item) {
        listener.onEvent(new ThreadEvent.ItemStarted(threadId, turnId, item, nowMs()));
    }

    public void itemCompleted(Item item) {
        completedItems.accept(item);
        listener.onEvent(new ThreadEvent.ItemCompleted(threadId, turnId, item, nowMs()));
    }

    public void agentMessageDelta(String itemId, String delta) {
        listener.onEvent(new ThreadEvent.AgentMessageDelta(threadId, turnId, itemId, delta));
    }

    public void reasoningSummaryPartAdded(String itemId, int index) {
        listener.onEvent(new ThreadEvent.ReasoningSummaryPartAdded(threadId, turnId, itemId, index));
    }

    public void reasoningSummaryDelta(String itemId, int index, String delta) {
        listener.onEvent(new ThreadEvent.ReasoningSummaryDelta(threadId, turnId, itemId, index, delta));
    }

    public void commandOutput(String itemId, String delta) {
        listener.onEvent(new ThreadEvent.CommandOutputDelta(threadId, turnId, itemId, delta));
    }

    public void tokenUsage(TokenUsage total, TokenUsage last, Long contextWindow) {
        listener.onEvent(new ThreadEvent.TokenUsageUpdated(threadId, turnId, total, last, contextWindow));
    }

    public void warning(String message) {
        listener.onEvent(new ThreadEvent.Warning(threadId, message));
    }

    public void error(TurnFailure failure, boolean willRetry) {
        listener.onEvent(new ThreadEvent.Error(threadId, turnId, failure, willRetry));
    }

    public void status(ThreadRuntimeStatus status) {
        statusChanges.accept(status);
    }

    public void turnDiff(String diff) {
        listener.onEvent(new ThreadEvent.TurnDiffUpdated(threadId, turnId, diff));
    }

    public void planUpdated(String explanation, java.util.List<PlanStep> plan) {
        listener.onEvent(new ThreadEvent.PlanUpdated(threadId, turnId, explanation, java.util.List.copyOf(plan)));
    }
}
