package dev.codeloop.core.event;

import dev.codeloop.core.item.Item;
import java.util.List;

/**
 * A turn as clients see it. Times are epoch seconds; {@code items} holds what {@code itemsView} says: nothing
 * (started, interrupted, failed), the final answer (completed), or every item (reads).
 */
public record TurnSnapshot(
        String id,
        TurnStatus status,
        List<Item> items,
        ItemsView itemsView,
        TurnFailure error,
        Long startedAt,
        Long completedAt,
        Long durationMs) {

    public enum TurnStatus { IN_PROGRESS, COMPLETED, INTERRUPTED, FAILED }

    public enum ItemsView { NOT_LOADED, SUMMARY, FULL }
}
