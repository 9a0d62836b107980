package dev.codeloop.core.thread.store;

import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.item.Item;
import java.util.List;

/**
 * A turn rebuilt from a log. Times are epoch millis.
 *
 * @param startedAtMs   from the turn's context record; null when it has none
 * @param completedAtMs null when the turn never recorded its end (then {@code status} is INTERRUPTED)
 * @param items         every item the turn completed, in order
 */
public record ReplayedTurn(String turnId, TurnSnapshot.TurnStatus status, TurnFailure failure, Long startedAtMs,
                           Long completedAtMs, List<Item> items) {

    public ReplayedTurn {
        items = List.copyOf(items);
    }

    /** The turn as clients see it on a read: every item, times in epoch seconds. */
    public TurnSnapshot snapshot() {
        Long duration = startedAtMs != null && completedAtMs != null ? completedAtMs - startedAtMs : null;
        return new TurnSnapshot(turnId, status, items, TurnSnapshot.ItemsView.FULL, failure, seconds(startedAtMs),
                seconds(completedAtMs), duration);
    }

    private static Long seconds(Long ms) {
        return ms == null ? null : ms / 1000;
    }
}
