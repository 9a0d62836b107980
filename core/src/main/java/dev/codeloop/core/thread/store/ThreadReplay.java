package dev.codeloop.core.thread.store;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.thread.store.RolloutRecord.HistoryItem;
import dev.codeloop.core.thread.store.RolloutRecord.TurnCompleted;
import dev.codeloop.core.thread.store.RolloutRecord.TurnContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a thread from its log: a pure function of the records. A turn is every record carrying its id;
 * turns are ordered by their first record. A rollback drops the newest surviving turns, with their
 * history. A last turn without a completion record is reported interrupted, and each of its tool calls
 * without an output gets an "aborted" output appended, because the model API rejects a history with an
 * unanswered call; appending (rather than inserting) keeps the history an extension of what was sent.
 */
public final class ThreadReplay {

    static final String ABORTED_OUTPUT = "aborted";

    private ThreadReplay() {
    }

    public static ReplayedThread replay(RolloutFile file) {
        Replay replay = new Replay();
        file.records().forEach(replay::apply);
        return replay.result(file);
    }

    private static final class TurnState {
        final String id;
        final List<Item> items = new ArrayList<>();
        TurnContext context;
        TurnCompleted end;
        boolean dropped;

        TurnState(String id) {
            this.id = id;
        }
    }

    /** A history item and the turn that produced it (null for items outside any turn). */
    private record Owned(TurnState turn, ResponseItem item) {
    }

    private static final class Replay {
        private final List<TurnState> live = new ArrayList<>();
        private final Map<String, TurnState> liveById = new HashMap<>();
        private final List<Owned> history = new ArrayList<>();
        private TokenUsage total;
        private TokenUsage last;

        void apply(RolloutRecord record) {
            switch (record) {
                case RolloutRecord.Meta ignored -> {
                }
                case TurnContext c -> turn(c.turnId()).context = c;
                case HistoryItem h -> history.add(new Owned(turn(h.turnId()), h.item()));
                case RolloutRecord.ItemCompleted i -> {
                    TurnState turn = turn(i.turnId());
                    if (turn != null) {
                        turn.items.add(i.item());
                    }
                }
                case RolloutRecord.PlanUpdated p -> turn(p.turnId());
                case RolloutRecord.TokenCount t -> {
                    turn(t.turnId());
                    total = t.total();
                    last = t.last();
                }
                case TurnCompleted t -> turn(t.turnId()).end = t;
                case RolloutRecord.RolledBack r -> rollBack(r.numTurns());
            }
        }

        private TurnState turn(String id) {
            if (id == null) {
                return null;
            }
            return liveById.computeIfAbsent(id, key -> {
                TurnState turn = new TurnState(key);
                live.add(turn);
                return turn;
            });
        }

        private void rollBack(int numTurns) {
            for (int i = 0; i < numTurns && !live.isEmpty(); i++) {
                TurnState turn = live.removeLast();
                turn.dropped = true;
                liveById.remove(turn.id);
            }
        }

        ReplayedThread result(RolloutFile file) {
            List<ResponseItem> items = new ArrayList<>();
            List<String> turnIds = new ArrayList<>();
            for (Owned owned : history) {
                if (owned.turn() == null || !owned.turn().dropped) {
                    items.add(owned.item());
                    turnIds.add(owned.turn() == null ? null : owned.turn().id);
                }
            }
            TurnState lastTurn = live.isEmpty() ? null : live.getLast();
            boolean incomplete = lastTurn != null && lastTurn.end == null;
            List<RolloutRecord> repair = new ArrayList<>();
            if (incomplete) {
                for (ResponseItem output : abortedOutputs(items)) {
                    repair.add(new HistoryItem(lastTurn.id, output));
                    items.add(output);
                    turnIds.add(lastTurn.id);
                }
                repair.add(new TurnCompleted(lastTurn.id, TurnStatus.INTERRUPTED, null, file.updatedAtMs()));
            }
            return new ReplayedThread(
                    file.meta(),
                    items,
                    turnIds,
                    live.stream().map(Replay::replayed).toList(),
                    lastContext(),
                    total != null ? total : TokenUsage.ZERO,
                    last,
                    preview(),
                    file.updatedAtMs(),
                    incomplete,
                    incomplete ? lastTurn.id : null,
                    repair);
        }

        private static ReplayedTurn replayed(TurnState turn) {
            TurnCompleted end = turn.end;
            return new ReplayedTurn(turn.id,
                    end != null ? end.status() : TurnStatus.INTERRUPTED,
                    end != null ? end.failure() : null,
                    turn.context != null ? turn.context.startedAtMs() : null,
                    end != null ? end.completedAtMs() : null,
                    turn.items);
        }

        private TurnContext lastContext() {
            for (TurnState turn : live.reversed()) {
                if (turn.context != null) {
                    return turn.context;
                }
            }
            return null;
        }

        private String preview() {
            for (TurnState turn : live) {
                for (Item item : turn.items) {
                    if (item instanceof Item.UserMessage message && message.content() != null) {
                        for (UserContent content : message.content()) {
                            if (content instanceof UserContent.Text text && text.text() != null
                                    && !text.text().isBlank()) {
                                return text.text();
                            }
                        }
                    }
                }
            }
            return "";
        }
    }

    /** An "aborted" output for every call in {@code history} that has none, in call order. */
    static List<ResponseItem> abortedOutputs(List<ResponseItem> history) {
        Map<String, ResponseItem> unanswered = new LinkedHashMap<>();
        for (ResponseItem item : history) {
            switch (item) {
                case ResponseItem.FunctionCall c when c.callId() != null -> unanswered.put(c.callId(), c);
                case ResponseItem.CustomToolCall c when c.callId() != null -> unanswered.put(c.callId(), c);
                case ResponseItem.FunctionCallOutput o -> unanswered.remove(o.callId());
                case ResponseItem.CustomToolCallOutput o -> unanswered.remove(o.callId());
                default -> {
                }
            }
        }
        List<ResponseItem> outputs = new ArrayList<>();
        unanswered.forEach((callId, call) -> outputs.add(call instanceof ResponseItem.CustomToolCall
                ? new ResponseItem.CustomToolCallOutput(callId, ABORTED_OUTPUT)
                : new ResponseItem.FunctionCallOutput(callId, ABORTED_OUTPUT)));
        return outputs;
    }
}
