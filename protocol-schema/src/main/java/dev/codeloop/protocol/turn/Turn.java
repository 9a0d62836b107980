package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.item.ThreadItem;
import java.util.List;

/**
 * One user request and everything the agent did for it. Timestamps are epoch seconds;
 * {@code items} is filled as {@code itemsView} says.
 */
public record Turn(
        @Required String id,
        @Required List<ThreadItem> items,
        TurnItemsView itemsView,
        @Required TurnStatus status,
        TurnError error,
        Long startedAt,
        Long completedAt,
        Long durationMs) {
}
