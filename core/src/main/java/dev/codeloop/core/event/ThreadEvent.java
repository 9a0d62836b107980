package dev.codeloop.core.event;

import dev.codeloop.core.item.Item;

/**
 * Everything the engine tells the outside world about a thread, in the order it happens. Events of one
 * thread are delivered one at a time, in order; the app server turns each into one wire notification.
 */
public sealed interface ThreadEvent {

    String threadId();

    record StatusChanged(String threadId, ThreadRuntimeStatus status) implements ThreadEvent {
    }

    record TurnStarted(String threadId, TurnSnapshot turn) implements ThreadEvent {
    }

    record TurnCompleted(String threadId, TurnSnapshot turn) implements ThreadEvent {
    }

    record ItemStarted(String threadId, String turnId, Item item, long atMs) implements ThreadEvent {
    }

    record ItemCompleted(String threadId, String turnId, Item item, long atMs) implements ThreadEvent {
    }

    record AgentMessageDelta(String threadId, String turnId, String itemId, String delta) implements ThreadEvent {
    }

    record ReasoningSummaryPartAdded(String threadId, String turnId, String itemId, int summaryIndex)
            implements ThreadEvent {
    }

    record ReasoningSummaryDelta(String threadId, String turnId, String itemId, int summaryIndex, String delta)
            implements ThreadEvent {
    }

    record CommandOutputDelta(String threadId, String turnId, String itemId, String delta) implements ThreadEvent {
    }

    record TokenUsageUpdated(String threadId, String turnId, TokenUsage total, TokenUsage last,
                             Long modelContextWindow) implements ThreadEvent {
    }

    /** The aggregated unified diff of everything the turn changed so far. */
    record TurnDiffUpdated(String threadId, String turnId, String diff) implements ThreadEvent {
    }

    /** The model's plan for the turn, replaced as a whole on each update. */
    record PlanUpdated(String threadId, String turnId, String explanation, java.util.List<PlanStep> plan)
            implements ThreadEvent {
    }

    /** A turn-level error: retrying ({@code willRetry}) or final (the turn then fails). */
    record Error(String threadId, String turnId, TurnFailure failure, boolean willRetry) implements ThreadEvent {
    }

    /** Something the user should know that does not fail the turn (e.g. the sandbox blocked a command). */
    record Warning(String threadId, String message) implements ThreadEvent {
    }
}
