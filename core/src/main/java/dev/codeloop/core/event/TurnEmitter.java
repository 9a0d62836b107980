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
    private volatile Monitor monitor = Monitor.NONE;

    /** Sees every event of the turn just before and after it is handed on (the turn watchdog). */
    public interface Monitor {
        Monitor NONE = new Monitor() {
            @Override
            public void beforeEmit(ThreadEvent event) {
            }

            @Override
            public void afterEmit() {
            }
        };

        void beforeEmit(ThreadEvent event);

        /** The listener returned (it may have blocked, e.g. on a client that reads slowly). */
        void afterEmit();
    }

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

    /** Sets the monitor; the turn's runner does this once, before the turn's first event. */
    public void monitor(Monitor newMonitor) {
        this.monitor = newMonitor;
    }

    private void emit(ThreadEvent event) {
        Monitor m = monitor;
        m.beforeEmit(event);
        try {
            listener.onEvent(event);
        } finally {
            m.afterEmit();
        }
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
        emit(new ThreadEvent.ItemStarted(threadId, turnId, item, nowMs()));
    }

    public void itemCompleted(Item item) {
        completedItems.accept(item);
        emit(new ThreadEvent.ItemCompleted(threadId, turnId, item, nowMs()));
    }

    public void agentMessageDelta(String itemId, String delta) {
        emit(new ThreadEvent.AgentMessageDelta(threadId, turnId, itemId, delta));
    }

    public void reasoningSummaryPartAdded(String itemId, int index) {
        emit(new ThreadEvent.ReasoningSummaryPartAdded(threadId, turnId, itemId, index));
    }

    public void reasoningSummaryDelta(String itemId, int index, String delta) {
        emit(new ThreadEvent.ReasoningSummaryDelta(threadId, turnId, itemId, index, delta));
    }

    public void commandOutput(String itemId, String delta) {
        emit(new ThreadEvent.CommandOutputDelta(threadId, turnId, itemId, delta));
    }

    public void tokenUsage(TokenUsage total, TokenUsage last, Long contextWindow) {
        emit(new ThreadEvent.TokenUsageUpdated(threadId, turnId, total, last, contextWindow));
    }

    public void warning(String message) {
        emit(new ThreadEvent.Warning(threadId, message));
    }

    public void error(TurnFailure failure, boolean willRetry) {
        emit(new ThreadEvent.Error(threadId, turnId, failure, willRetry));
    }

    public void status(ThreadRuntimeStatus status) {
        Monitor m = monitor;
        m.beforeEmit(new ThreadEvent.StatusChanged(threadId, status));
        try {
            statusChanges.accept(status);
        } finally {
            m.afterEmit();
        }
    }

    public void turnDiff(String diff) {
        emit(new ThreadEvent.TurnDiffUpdated(threadId, turnId, diff));
    }

    public void planUpdated(String explanation, java.util.List<PlanStep> plan) {
        emit(new ThreadEvent.PlanUpdated(threadId, turnId, explanation, java.util.List.copyOf(plan)));
    }
}
