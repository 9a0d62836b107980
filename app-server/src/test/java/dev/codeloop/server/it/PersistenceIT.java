package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Threads survive restarts and crashes whole. */
class PersistenceIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static List<String> types(JsonNode items) {
        List<String> types = new ArrayList<>();
        items.forEach(item -> types.add(item.get("type").stringValue()));
        return types;
    }

    private static String inputText(RecordedModelRequest request) {
        return Json.compact(request.body().get("input"));
    }

    @Test
    void restartThenResumeContinuesWithTheSameCacheKeyAndAnExactPrefix() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_g_1", "shell_command",
                    Json.compact(Json.object("command", "cat README.md"))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "First answer.").completed());
            String threadId = f.startThread();
            f.runTurn(threadId, "First question: what is in README.md?");
            f.model.takeRequest(WAIT);
            RecordedModelRequest lastBeforeRestart = f.model.takeRequest(WAIT);

            f.restart();
            JsonNode list = f.server.requestResult("thread/list", Json.object());
            assertEquals(1, list.get("data").size());
            JsonNode listed = list.at("/data/0");
            assertEquals(threadId, listed.get("id").stringValue());
            assertEquals("notLoaded", listed.at("/status/type").stringValue());
            assertEquals("First question: what is in README.md?", listed.get("preview").stringValue());
            assertTrue(Files.exists(Path.of(listed.get("path").stringValue())));

            JsonNode read = f.server.requestResult("thread/read", Json.object("threadId", threadId,
                    "includeTurns", true));
            JsonNode items = read.at("/thread/turns/0/items");
            assertEquals(List.of("userMessage", "commandExecution", "agentMessage"), types(items));
            assertTrue(items.get(1).get("aggregatedOutput").stringValue().contains("# Demo project"));
            assertEquals("completed", read.at("/thread/turns/0/status").stringValue());

            JsonNode resumed = f.server.requestResult("thread/resume", Json.object("threadId", threadId));
            assertEquals(3, resumed.at("/thread/turns/0/items").size());
            f.model.enqueue(Sse.response("resp_3").message("msg_2", "Second answer after resume.").completed());
            List<JsonNode> turn = f.runTurn(threadId, "Second question.");
            assertEquals("completed", turn.get(turn.size() - 1).at("/params/turn/status").stringValue());

            RecordedModelRequest afterRestart = f.model.takeRequest(WAIT);
            assertEquals(threadId, afterRestart.body().get("prompt_cache_key").stringValue());
            String before = inputText(lastBeforeRestart);
            String after = inputText(afterRestart);
            assertTrue(after.startsWith(before.substring(0, before.length() - 1)),
                    "the input after resume must extend the input before the restart exactly");
            assertEquals(lastBeforeRestart.body().get("instructions"), afterRestart.body().get("instructions"));
        }
    }

    @Test
    void crashMidStreamKeepsWhatCompletedAndTheThreadGoesOn() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            List<String> deltas = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                deltas.add("d" + i + " ");
            }
            f.model.enqueue(Sse.response("resp_1").reasoning("rs_1", "Thinking.").message("msg_1", deltas)
                    .eventDelay(Duration.ofMillis(50)).completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Count.");
            f.server.awaitNotification("item/agentMessage/delta");

            f.crashAndRestart();
            JsonNode read = f.server.requestResult("thread/read", Json.object("threadId", threadId,
                    "includeTurns", true));
            JsonNode turn = read.at("/thread/turns/0");
            assertEquals("interrupted", turn.get("status").stringValue());
            assertEquals(List.of("userMessage", "reasoning"), types(turn.get("items")));

            f.server.requestResult("thread/resume", Json.object("threadId", threadId));
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Back.").completed());
            List<JsonNode> next = f.runTurn(threadId, "Again.");
            assertEquals("completed", next.get(next.size() - 1).at("/params/turn/status").stringValue());
        }
    }

    @Test
    void crashMidCommandReportsTheTurnInterruptedAndTheModelSeesAnAbortedCall() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", "echo started; sleep 30"))).completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Run something long.");
            f.server.awaitNotification("item/commandExecution/outputDelta");

            f.crashAndRestart();
            JsonNode read = f.server.requestResult("thread/read", Json.object("threadId", threadId,
                    "includeTurns", true));
            assertEquals("interrupted", read.at("/thread/turns/0/status").stringValue());
            assertEquals("userMessage", read.at("/thread/turns/0/items/0/type").stringValue());

            f.server.requestResult("thread/resume", Json.object("threadId", threadId));
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "It was cut short.").completed());
            f.runTurn(threadId, "What happened?");
            f.model.takeRequest(WAIT);
            JsonNode input = f.model.takeRequest(WAIT).body().get("input");
            String history = Json.compact(input);
            assertTrue(history.contains("\"type\":\"function_call\",\"name\":\"shell_command\""), history);
            assertTrue(history.contains("{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"aborted\"}"),
                    history);
        }
    }

    @Test
    void aCorruptedLogIsReportedForThatThreadOnly() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "One.").completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Two.").completed());
            String good = f.startThread();
            f.runTurn(good, "Good thread.");
            String bad = f.startThread();
            f.runTurn(bad, "Bad thread.");
            Path badLog = Path.of(f.server.requestResult("thread/read", Json.object("threadId", bad))
                    .at("/thread/path").stringValue());
            Path goodLog = Path.of(f.server.requestResult("thread/read", Json.object("threadId", good))
                    .at("/thread/path").stringValue());
            f.restart(() -> {
                try {
                    List<String> lines = new ArrayList<>(Files.readAllLines(badLog));
                    lines.set(2, "{ this is not json");
                    Files.write(badLog, lines);
                    Files.writeString(goodLog, Files.readString(goodLog)
                            + "{\"timestamp\":\"2026-11-22T00:00:00.000Z\",\"type\":\"item_compl");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            JsonNode list = f.server.requestResult("thread/list", Json.object());
            List<String> ids = new ArrayList<>();
            list.get("data").forEach(t -> ids.add(t.get("id").stringValue()));
            assertTrue(ids.contains(good), ids.toString());
            assertFalse(ids.contains(bad), ids.toString());

            JsonNode error = f.call("thread/read", Json.object("threadId", bad));
            assertEquals(-32600, error.at("/error/code").asInt());
            assertTrue(error.at("/error/message").stringValue().contains("line 3"), error.toString());
            JsonNode torn = f.server.requestResult("thread/read", Json.object("threadId", good, "includeTurns", true));
            assertEquals("completed", torn.at("/thread/turns/0/status").stringValue());
        }
    }

    @Test
    void listPagesAndFilters() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            Path other = Files.createDirectories(f.workspace.resolve("other"));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(f.startThread(Json.object("cwd", (i % 2 == 0 ? f.workspace : other).toString())));
            }
            f.server.requestResult("thread/name/set", Json.object("threadId", ids.get(3), "name", "Release notes"));

            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = f.server.requestResult("thread/list", cursor == null ? Json.object("limit", 2)
                        : Json.object("limit", 2, "cursor", cursor));
                assertTrue(page.get("data").size() <= 2);
                page.get("data").forEach(t -> seen.add(t.get("id").stringValue()));
                cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").stringValue();
            } while (cursor != null);
            assertEquals(5, seen.size());
            assertEquals(ids.reversed(), seen, "newest first, each exactly once");

            JsonNode byCwd = f.server.requestResult("thread/list", Json.object("cwd", other.toString()));
            assertEquals(2, byCwd.get("data").size());
            JsonNode bySearch = f.server.requestResult("thread/list", Json.object("searchTerm", "Release"));
            assertEquals(1, bySearch.get("data").size());
            assertEquals("Release notes", bySearch.at("/data/0/name").stringValue());
            JsonNode byProvider = f.server.requestResult("thread/list", Json.object("modelProviders",
                    List.of("no-such-provider")));
            assertEquals(0, byProvider.get("data").size());
            JsonNode badCursor = f.call("thread/list", Json.object("cursor", "not-a-cursor"));
            assertEquals(-32600, badCursor.at("/error/code").asInt());
        }
    }

    @Test
    void nameArchiveAndUnarchiveRoundTrip() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            String threadId = f.startThread();
            f.server.requestResult("thread/name/set", Json.object("threadId", threadId, "name", "My thread"));
            JsonNode renamed = f.server.awaitNotification("thread/name/updated");
            assertEquals("My thread", renamed.at("/params/threadName").stringValue());

            f.server.requestResult("thread/archive", Json.object("threadId", threadId));
            f.server.awaitNotification("thread/archived");
            assertEquals(0, f.server.requestResult("thread/list", Json.object()).get("data").size());
            JsonNode archived = f.server.requestResult("thread/list", Json.object("archived", true));
            assertEquals(1, archived.get("data").size());
            assertTrue(archived.at("/data/0/path").stringValue().contains("archived_sessions"));

            JsonNode back = f.server.requestResult("thread/unarchive", Json.object("threadId", threadId));
            f.server.awaitNotification("thread/unarchived");
            assertTrue(back.at("/thread/path").stringValue().contains("/sessions/"));
            f.restart();
            JsonNode list = f.server.requestResult("thread/list", Json.object());
            assertEquals("My thread", list.at("/data/0/name").stringValue());
        }
    }

    @Test
    void forkCopiesTheHistoryIntoANewThread() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "Original answer.").completed());
            String source = f.startThread();
            f.runTurn(source, "Original question.");
            RecordedModelRequest sourceRequest = f.model.takeRequest(WAIT);

            JsonNode fork = f.server.requestResult("thread/fork", Json.object("threadId", source));
            String forkId = fork.at("/thread/id").stringValue();
            assertFalse(forkId.equals(source));
            assertEquals(source, fork.at("/thread/forkedFromId").stringValue());
            assertEquals(List.of("userMessage", "agentMessage"), types(fork.at("/thread/turns/0/items")));
            JsonNode started = f.server.awaitNotification("thread/started");
            assertEquals(forkId, started.at("/params/thread/id").stringValue());

            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Forked answer.").completed());
            f.runTurn(forkId, "Follow-up in the fork.");
            RecordedModelRequest forked = f.model.takeRequest(WAIT);
            assertEquals(forkId, forked.body().get("prompt_cache_key").stringValue());
            assertTrue(inputText(forked).contains("Original question.") && inputText(forked).contains("Original answer."));
            JsonNode sourceRead = f.server.requestResult("thread/read", Json.object("threadId", source,
                    "includeTurns", true));
            assertEquals(1, sourceRead.at("/thread/turns").size(), "the source is unchanged");
            assertTrue(inputText(sourceRequest).length() > 0);
        }
    }

    @Test
    void rollbackDropsTheLastTurnsFromTheModelsContext() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "Kept.").completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Dropped.").completed());
            f.model.enqueue(Sse.response("resp_3").message("msg_3", "After rollback.").completed());
            String threadId = f.startThread();
            f.runTurn(threadId, "Turn one.");
            f.runTurn(threadId, "Turn two.");

            JsonNode rolled = f.server.requestResult("thread/rollback", Json.object("threadId", threadId,
                    "numTurns", 1));
            assertEquals(1, rolled.at("/thread/turns").size());
            f.runTurn(threadId, "Turn three.");
            f.model.takeRequest(WAIT);
            f.model.takeRequest(WAIT);
            String input = inputText(f.model.takeRequest(WAIT));
            assertTrue(input.contains("Turn one.") && input.contains("Kept."), input);
            assertFalse(input.contains("Turn two.") || input.contains("Dropped."), input);

            f.restart();
            JsonNode read = f.server.requestResult("thread/read", Json.object("threadId", threadId, "includeTurns", true));
            assertEquals(2, read.at("/thread/turns").size(), "the rollback is in the log");
            JsonNode tooMany = f.call("thread/rollback", Json.object("threadId", threadId, "numTurns", 9));
            assertEquals(-32602, tooMany.at("/error/code").asInt());
        }
    }

    @Test
    void ephemeralThreadsNeverTouchDisk() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "Ephemeral.").completed());
            JsonNode started = f.server.requestResult("thread/start", Json.object("cwd", f.workspace.toString(),
                    "ephemeral", true));
            f.server.awaitNotification("thread/started");
            String threadId = started.at("/thread/id").stringValue();
            assertTrue(started.at("/thread/ephemeral").asBoolean());
            assertTrue(started.at("/thread/path").isNull());
            f.runTurn(threadId, "Say it.");
            assertEquals(0, f.server.requestResult("thread/list", Json.object()).get("data").size());
            Path sessions = f.home.dir().resolve("sessions");
            try (Stream<Path> files = Files.exists(sessions) ? Files.walk(sessions) : Stream.empty()) {
                assertTrue(files.noneMatch(p -> p.toString().contains(threadId)));
            }
            JsonNode read = f.server.requestResult("thread/read", Json.object("threadId", threadId, "includeTurns", true));
            assertEquals(2, read.at("/thread/turns/0/items").size());
        }
    }

    @Test
    void unsubscribeUnloadsAndLoadedListFollows() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            String a = f.startThread();
            String b = f.startThread();
            JsonNode loaded = f.server.requestResult("thread/loaded/list", Json.object());
            assertEquals(2, loaded.get("data").size());
            JsonNode result = f.server.requestResult("thread/unsubscribe", Json.object("threadId", a));
            assertEquals("unsubscribed", result.get("status").stringValue());
            f.server.awaitNotification("thread/closed");
            JsonNode after = f.server.requestResult("thread/loaded/list", Json.object());
            assertEquals(List.of(b), List.of(after.at("/data/0").stringValue()));
            assertEquals(1, after.get("data").size());
            assertEquals("notLoaded", f.server.requestResult("thread/unsubscribe", Json.object("threadId", a))
                    .get("status").stringValue());
            JsonNode read = f.server.requestResult("thread/read", Json.object("threadId", a));
            assertEquals("notLoaded", read.at("/thread/status/type").stringValue());
        }
    }
}
