package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.item.ThreadItem;
import java.util.List;

/**
 * One user request and everything the agent did for it.
 *
 * @param id          the turn's id
 * @param items       the turn's items, as complete as {@code itemsView} says
 * @param itemsView   how complete {@code items} is
 * @param status      where the turn stands
 * @param error       why the turn failed; null unless it failed
 * @param startedAt   when the turn started, in epoch seconds
 * @param completedAt when the turn ended, in epoch seconds; null while it runs
 * @param durationMs  how long the turn took, in milliseconds; null while it runs
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
