package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.Fixtures.T0;
import static dev.codeloop.core.thread.store.Fixtures.completed;
import static dev.codeloop.core.thread.store.Fixtures.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.thread.store.RolloutRecord.HistoryItem;
import dev.codeloop.core.thread.store.RolloutRecord.ItemCompleted;
import dev.codeloop.core.thread.store.RolloutRecord.RolledBack;
import dev.codeloop.core.thread.store.RolloutRecord.TokenCount;
import dev.codeloop.core.thread.store.RolloutRecord.TurnCompleted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadReplayTest {

    @TempDir
    Path tmp;

    private static ResponseItem user(String text) {
        return ResponseItem.Message.userText(text);
    }

    /** A complete turn: context, the user's message (history and item), an answer, usage, completion. */
    private static List<RolloutRecord> turn(String id, String text, long totalTokens) {
        return List.of(
                context(id, T0 + totalTokens),
                new HistoryItem(id, user(text)),
                new ItemCompleted(id, Fixtures.userMessage("u-" + id, text)),
                new HistoryItem(id, ResponseItem.Message.assistantText("re: " + text)),
                new ItemCompleted(id, new Item.AgentMessage("a-" + id, "re: " + text, T0, T0)),
                new TokenCount(id, new TokenUsage(totalTokens, 0, 0, 0, totalTokens),
                        new TokenUsage(1, 0, 0, 0, 1)),
                completed(id));
    }

    private static final long WRITTEN_AT = T0 + 77_000;

    /** Writes the records to a real log (stamped {@link #WRITTEN_AT}) and replays what is read back. */
    private ReplayedThread replay(List<RolloutRecord> records) {
        Path file = tmp.resolve("rollout-" + System.nanoTime() + ".jsonl");
        try (RolloutWriter writer = RolloutWriter.create(file, Fixtures.meta("t1"), Homes.at(T0))) {
            assertEquals(file, writer.path());
        }
        try (RolloutWriter writer = RolloutWriter.openForAppend(file, Homes.at(WRITTEN_AT))) {
            writer.appendAll(records);
        }
        return ThreadReplay.replay(RolloutReader.read(file));
    }

    private static List<RolloutRecord> concat(List<List<RolloutRecord>> parts) {
        List<RolloutRecord> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    @Test
    void aCompleteThreadReplaysItsHistoryTurnsAndSummary() {
        List<RolloutRecord> records = concat(List.of(
                List.of(new HistoryItem(null, ResponseItem.Message.developerText("permissions"))),
                turn("turn-1", "first question", 100),
                turn("turn-2", "second question", 250)));

        ReplayedThread thread = replay(records);

        assertEquals(List.of(ResponseItem.Message.developerText("permissions"),
                user("first question"), ResponseItem.Message.assistantText("re: first question"),
                user("second question"), ResponseItem.Message.assistantText("re: second question")),
                thread.history());
        assertEquals(List.of("turn-1", "turn-2"), thread.turns().stream().map(ReplayedTurn::turnId).toList());
        ReplayedTurn second = thread.turns().get(1);
        assertEquals(TurnStatus.COMPLETED, second.status());
        assertEquals(T0 + 250, second.startedAtMs());
        assertEquals(T0 + 9_000, second.completedAtMs());
        assertEquals(List.of(Fixtures.userMessage("u-turn-2", "second question"),
                new Item.AgentMessage("a-turn-2", "re: second question", T0, T0)), second.items());
        assertEquals("first question", thread.preview());
        assertEquals(new TokenUsage(250, 0, 0, 0, 250), thread.totalUsage());
        assertEquals(new TokenUsage(1, 0, 0, 0, 1), thread.lastUsage());
        assertEquals(context("turn-2", T0 + 250), thread.lastContext());
        assertFalse(thread.incompleteTurn());
        assertNull(thread.incompleteTurnId());
        assertEquals(List.of(), thread.repairRecords());
        assertEquals(WRITTEN_AT, thread.updatedAtMs());
        assertEquals(Fixtures.meta("t1"), thread.meta());
    }

    @Test
    void aThreadWithoutTurnsHasEmptyDefaults() {
        ReplayedThread thread = replay(List.of());

        assertEquals(List.of(), thread.history());
        assertEquals(List.of(), thread.turns());
        assertEquals("", thread.preview());
        assertEquals(TokenUsage.ZERO, thread.totalUsage());
        assertNull(thread.lastUsage());
        assertNull(thread.lastContext());
        assertFalse(thread.incompleteTurn());
        assertEquals(T0, thread.updatedAtMs()); // only the meta was written
    }

    @Test
    void aRollbackDropsTheLastTurnsFromHistoryAndTurns() {
        List<RolloutRecord> records = concat(List.of(
                turn("turn-1", "one", 10),
                turn("turn-2", "two", 20),
                turn("turn-3", "three", 30),
                List.of(new RolledBack(2)),
                turn("turn-4", "four", 40)));

        ReplayedThread thread = replay(records);

        assertEquals(List.of("turn-1", "turn-4"), thread.turns().stream().map(ReplayedTurn::turnId).toList());
        assertEquals(List.of(user("one"), ResponseItem.Message.assistantText("re: one"),
                user("four"), ResponseItem.Message.assistantText("re: four")), thread.history());
        assertEquals(context("turn-4", T0 + 40), thread.lastContext());
        // usage is what was spent, rolled back or not
        assertEquals(40, thread.totalUsage().totalTokens());
    }

    @Test
    void rollbacksCountOnlySurvivingTurnsAndCanDropEverything() {
        List<RolloutRecord> records = concat(List.of(
                turn("turn-1", "one", 10),
                turn("turn-2", "two", 20),
                List.of(new RolledBack(1)),
                List.of(new RolledBack(1)),
                turn("turn-3", "three", 30),
                List.of(new RolledBack(5))));

        ReplayedThread thread = replay(records);

        assertEquals(List.of(), thread.turns());
        assertEquals(List.of(), thread.history());
        assertEquals("", thread.preview());
        assertNull(thread.lastContext());
    }

    @Test
    void thePreviewSkipsRolledBackTurnsAndBlankMessages() {
        List<RolloutRecord> records = concat(List.of(
                turn("turn-1", "dropped", 10),
                List.of(new RolledBack(1)),
                List.of(context("turn-2", T0),
                        new ItemCompleted("turn-2", new Item.UserMessage("u", List.of(
                                new UserContent.ImageUrl("https://x/y.png"), new UserContent.Text("  ")), T0, T0)),
                        completed("turn-2")),
                turn("turn-3", "kept", 30)));

        assertEquals("kept", replay(records).preview());
    }

    @Test
    void anIncompleteLastTurnIsInterruptedWithAbortedOutputsAndRepairRecords() {
        List<RolloutRecord> records = concat(List.of(
                turn("turn-1", "one", 10),
                List.of(context("turn-2", T0 + 50),
                        new HistoryItem("turn-2", user("run things")),
                        new ItemCompleted("turn-2", Fixtures.userMessage("u2", "run things")),
                        new HistoryItem("turn-2", new ResponseItem.FunctionCall("call_a", "shell", "{}")),
                        new HistoryItem("turn-2", new ResponseItem.FunctionCall("call_b", "shell", "{}")),
                        new HistoryItem("turn-2", new ResponseItem.CustomToolCall("call_c", "apply_patch", "p")),
                        new HistoryItem("turn-2", new ResponseItem.FunctionCallOutput("call_b", "ok")))));

        ReplayedThread thread = replay(records);

        assertTrue(thread.incompleteTurn());
        assertEquals("turn-2", thread.incompleteTurnId());
        ReplayedTurn last = thread.turns().getLast();
        assertEquals(TurnStatus.INTERRUPTED, last.status());
        assertNull(last.completedAtMs());
        assertEquals(List.of(Fixtures.userMessage("u2", "run things")), last.items());
        List<ResponseItem> history = thread.history();
        assertEquals(List.of(
                new ResponseItem.FunctionCallOutput("call_a", "aborted"),
                new ResponseItem.CustomToolCallOutput("call_c", "aborted")),
                history.subList(history.size() - 2, history.size()));
        assertEquals(List.of(
                new HistoryItem("turn-2", new ResponseItem.FunctionCallOutput("call_a", "aborted")),
                new HistoryItem("turn-2", new ResponseItem.CustomToolCallOutput("call_c", "aborted")),
                new TurnCompleted("turn-2", TurnStatus.INTERRUPTED, null, WRITTEN_AT)),
                thread.repairRecords());
    }

    @Test
    void appendingTheRepairRecordsCompletesTheLog() {
        Path file = tmp.resolve("rollout.jsonl");
        try (RolloutWriter writer = RolloutWriter.create(file, Fixtures.meta("t1"))) {
            writer.appendAll(List.of(context("turn-1", T0),
                    new HistoryItem("turn-1", new ResponseItem.FunctionCall("call_a", "shell", "{}"))));
        }
        ReplayedThread before = ThreadReplay.replay(RolloutReader.read(file));

        try (RolloutWriter writer = RolloutWriter.openForAppend(file)) {
            writer.appendAll(before.repairRecords());
        }
        ReplayedThread after = ThreadReplay.replay(RolloutReader.read(file));

        assertFalse(after.incompleteTurn());
        assertEquals(List.of(), after.repairRecords());
        assertEquals(before.history(), after.history());
        assertEquals(TurnStatus.INTERRUPTED, after.turns().getFirst().status());
    }

    @Test
    void anIncompleteTurnWithAllOutputsOnlyNeedsItsEnd() {
        ReplayedThread thread = replay(List.of(context("turn-1", T0),
                new HistoryItem("turn-1", user("hi"))));

        assertEquals(List.of(user("hi")), thread.history());
        assertEquals(List.of(new TurnCompleted("turn-1", TurnStatus.INTERRUPTED, null, thread.updatedAtMs())),
                thread.repairRecords());
    }

    @Test
    void aFailedTurnKeepsItsFailureAndTheSnapshotUsesSeconds() {
        TurnFailure failure = new TurnFailure("boom", TurnFailure.Kind.SERVER_OVERLOADED, 503, null);
        ReplayedThread thread = replay(List.of(context("turn-1", 5_000),
                new TurnCompleted("turn-1", TurnStatus.FAILED, failure, 12_500)));

        TurnSnapshot snapshot = thread.turns().getFirst().snapshot();

        assertEquals(TurnStatus.FAILED, snapshot.status());
        assertEquals(failure, snapshot.error());
        assertEquals(5L, snapshot.startedAt());
        assertEquals(12L, snapshot.completedAt());
        assertEquals(7_500L, snapshot.durationMs());
        assertEquals(TurnSnapshot.ItemsView.FULL, snapshot.itemsView());
        assertFalse(thread.incompleteTurn());
    }
}
