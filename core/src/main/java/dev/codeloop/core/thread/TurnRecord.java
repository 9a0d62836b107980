package dev.codeloop.core.thread;

import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.event.TurnSnapshot.ItemsView;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.item.Item;
import java.util.ArrayList;
import java.util.List;

/** A turn's client-visible history: every completed item in order, its outcome and timing. */
final class TurnRecord {

    private final String id;
    private final List<Item> items = new ArrayList<>();
    private TurnStatus status = TurnStatus.IN_PROGRESS;
    private TurnFailure failure;
    private Long startedAtMs;
    private Long completedAtMs;

    TurnRecord(String id) {
        this.id = id;
    }

    /** A turn read back from a thread's log. */
    static TurnRecord restored(String id, TurnStatus status, TurnFailure failure, Long startedAtMs,
                               Long completedAtMs, List<Item> items) {
        TurnRecord record = new TurnRecord(id);
        record.status = status;
        record.failure = failure;
        record.startedAtMs = startedAtMs;
        record.completedAtMs = completedAtMs;
        record.items.addAll(items);
        return record;
    }

    /** A copy for a fork; a turn still running in the source is interrupted in the copy. */
    synchronized TurnRecord copyForFork(long nowMs) {
        TurnStatus copiedStatus = status == TurnStatus.IN_PROGRESS ? TurnStatus.INTERRUPTED : status;
        Long copiedEnd = status == TurnStatus.IN_PROGRESS ? Long.valueOf(nowMs) : completedAtMs;
        return restored(id, copiedStatus, failure, startedAtMs, copiedEnd, new ArrayList<>(items));
    }

    synchronized List<Item> items() {
        return List.copyOf(items);
    }

    synchronized TurnStatus status() {
        return status;
    }

    synchronized TurnFailure failure() {
        return failure;
    }

    synchronized Long startedAtMs() {
        return startedAtMs;
    }

    synchronized Long completedAtMs() {
        return completedAtMs;
    }

    String id() {
        return id;
    }

    synchronized void started(long atMs) {
        startedAtMs = atMs;
    }

    synchronized void addItem(Item item) {
        items.add(item);
    }

    synchronized void finished(TurnStatus finalStatus, TurnFailure finalFailure, long atMs) {
        status = finalStatus;
        failure = finalFailure;
        completedAtMs = atMs;
    }

    /** The turn with the given items: a summary for events. */
    synchronized TurnSnapshot snapshot(List<Item> shownItems, ItemsView view) {
        Long duration = startedAtMs != null && completedAtMs != null ? completedAtMs - startedAtMs : null;
        return new TurnSnapshot(id, status, List.copyOf(shownItems), view, failure, seconds(startedAtMs),
                seconds(completedAtMs), duration);
    }

    /** The turn with every item it produced, for reads. */
    synchronized TurnSnapshot fullSnapshot() {
        return snapshot(new ArrayList<>(items), ItemsView.FULL);
    }

    private static Long seconds(Long ms) {
        return ms == null ? null : ms / 1000;
    }
}
