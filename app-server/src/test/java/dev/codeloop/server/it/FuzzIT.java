package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.server.AppServer;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.CodeloopHome;
import dev.codeloop.testkit.rpc.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Feeds the real server over its real stdin 10,000+ generated malformed and hostile lines (seeded, so a failure
 * replays), interleaved with valid requests and whole turns. The server must stay up, answer every request whose
 * id it can read exactly once, answer every unreadable line with exactly one error (id null), and keep serving.
 */
class FuzzIT {

    private static final long SEED = Long.getLong("codeloop.fuzz.seed", 20261123L);
    private static final int LINES = Integer.getInteger("codeloop.fuzz.lines", 10_000);
    private static final int BATCH = 100;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void hostileInputNeverKillsTheServerAndEveryIdentifiableRequestIsAnsweredOnce() throws Exception {
        Path workspace = Files.createTempDirectory("codeloop-fuzz-ws-");
        try (ScriptedModelServer model = ScriptedModelServer.start();
             CodeloopHome home = CodeloopHome.create(ServerFixture.config(model.baseUrl(), 0, 0, "", 300_000));
             RawServer server = RawServer.start(home, workspace, Map.of())) {
            model.enqueueForever(Sse.response("resp_fuzz").message("msg_1", "Still ", "here.").completed());
            request(server, "init", "initialize", Json.object("clientInfo", Json.object("name", "fuzz", "version", "1")));
            server.notification("initialized");

            HostileLines generator = new HostileLines(SEED, AppServer.MAX_LINE_BYTES);
            Map<String, String> owed = new LinkedHashMap<>(); // id key -> kind of line
            Map<String, Integer> kinds = new TreeMap<>();
            int nullErrorsOwed = 0;
            long bytesSent = 0;
            int validRequests = 0;
            int turns = 0;
            long started = System.nanoTime();
            for (int sent = 0; sent < LINES; ) {
                for (int i = 0; i < BATCH && sent < LINES; i++, sent++) {
                    // A few multi-megabyte lines: near and over the 16 MiB limit.
                    HostileLines.Line line = generator.next(sent % 1000 == 500);
                    kinds.merge(line.kind(), 1, Integer::sum);
                    switch (line.expect()) {
                        case HostileLines.Expect.AnswerTo a -> owed.put(a.idKey(), line.kind());
                        case HostileLines.Expect.NullIdError n -> nullErrorsOwed++;
                        case HostileLines.Expect.Nothing n -> { }
                    }
                    server.writeLine(line.bytes());
                    bytesSent += line.bytes().length + 1;
                }
                server.flush();
                // Valid requests between the batches must work as usual.
                JsonNode list = request(server, "valid-" + sent, "thread/list", Json.object());
                assertTrue(list.at("/result/data").isArray(), list.toString());
                validRequests++;
                if (sent % 2000 == 0) {
                    runTurn(server, workspace, "turn-" + sent);
                    validRequests += 2;
                    turns++;
                }
                int owedNow = nullErrorsOwed;
                server.awaitCount(FuzzIT::isNullIdError, owedNow, WAIT, owedNow + " null-id errors");
                assertTrue(server.isAlive(), "the server is alive after " + sent + " lines");
            }
            for (String key : owed.keySet()) {
                server.await(isAnswerTo(key), WAIT, "the answer to " + key + " (" + owed.get(key) + ")");
            }
            runTurn(server, workspace, "final");
            turns++;
            validRequests += 2;
            double seconds = (System.nanoTime() - started) / 1e9;

            List<JsonNode> received = server.received();
            Map<String, Integer> answers = new HashMap<>();
            int nullErrors = 0;
            int errorAnswers = 0;
            for (JsonNode message : received) {
                if (message.has("method")) {
                    continue;
                }
                if (message.has("error")) {
                    errorAnswers++;
                }
                if (isNullIdError(message)) {
                    nullErrors++;
                } else {
                    answers.merge(keyOf(message.get("id")), 1, Integer::sum);
                }
            }
            List<String> wrong = new ArrayList<>();
            for (String key : owed.keySet()) {
                if (answers.getOrDefault(key, 0) != 1) {
                    wrong.add(key + " (" + owed.get(key) + ") answered " + answers.getOrDefault(key, 0) + " times");
                }
            }
            for (Map.Entry<String, Integer> answer : answers.entrySet()) {
                if (!owed.containsKey(answer.getKey()) && !answer.getKey().startsWith("s:valid-")
                        && !answer.getKey().startsWith("s:turn-") && !answer.getKey().startsWith("s:thread-")
                        && !answer.getKey().equals("s:init") && !answer.getKey().startsWith("s:final")) {
                    wrong.add("unexpected answer to " + answer.getKey());
                }
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers, e.g. " + wrong.subList(0, Math.min(20, wrong.size())));
            assertEquals(nullErrorsOwed, nullErrors, "errors with a null id (one per unreadable line)");
            assertTrue(server.isAlive());

            System.out.printf("FuzzIT figures: seed %d; %d hostile lines (%.1f MiB) + %d valid requests (%d turns) in "
                            + "%.1f s = %.0f lines/s; %d requests answered by id (%d answers were errors), %d null-id "
                            + "errors; kinds: %s%n",
                    SEED, LINES, bytesSent / 1048576.0, validRequests, turns, seconds, LINES / seconds, owed.size(),
                    errorAnswers, nullErrors, kinds);
            assertEquals(0, server.closeAndAwaitExit(Duration.ofSeconds(15)), "clean exit after the fuzz");
            String stderr = server.stderrText();
            System.out.printf("FuzzIT server stderr: %d lines, %d with ERROR, %d with Exception%n",
                    stderr.lines().count(), stderr.lines().filter(l -> l.contains("ERROR")).count(),
                    stderr.lines().filter(l -> l.contains("Exception")).count());
            List<String> lines = stderr.lines().toList();
            for (int i = 0, shown = 0; i < lines.size() && shown < 5; i++) {
                if (lines.get(i).contains("ERROR")) {
                    shown++;
                    lines.subList(i, Math.min(lines.size(), i + 12)).forEach(l ->
                            System.out.println("  " + l.substring(0, Math.min(300, l.length()))));
                }
            }
            // Hostile input is the client's fault: warnings at most. (lsp4j printing a message with Gson once threw
            // on a number like 1e999 and failed the message.)
            assertEquals(0, stderr.lines().filter(l -> l.contains("ERROR")).count(), "ERROR lines in the server log");
        }
    }

    /** thread/start then turn/start and the whole turn, with string ids of our own. */
    private static void runTurn(RawServer server, Path workspace, String tag) throws Exception {
        JsonNode thread = request(server, "thread-" + tag, "thread/start", Json.object("cwd", workspace.toString()));
        String threadId = thread.at("/result/thread/id").stringValue();
        JsonNode turn = request(server, tag + "-turn", "turn/start", Json.object("threadId", threadId, "input",
                List.of(Map.of("type", "text", "text", "Are you still there?", "text_elements", List.of()))));
        String turnId = turn.at("/result/turn/id").stringValue();
        JsonNode completed = server.await(m -> "turn/completed".equals(text(m.path("method")))
                && turnId.equals(text(m.at("/params/turn/id"))), WAIT, "turn/completed of " + tag);
        assertEquals("completed", completed.at("/params/turn/status").stringValue(), completed.toString());
    }

    private static JsonNode request(RawServer server, String id, String method, JsonNode params) throws Exception {
        server.request(id, method, params);
        JsonNode answer = server.await(isAnswerTo("s:" + id), WAIT, "the answer to " + method + " " + id);
        assertTrue(answer.has("result"), answer.toString());
        return answer;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    private static boolean isNullIdError(JsonNode message) {
        return !message.has("method") && message.has("error") && message.path("id").isNull();
    }

    private static Predicate<JsonNode> isAnswerTo(String key) {
        return m -> !m.has("method") && m.has("id") && !m.get("id").isNull() && key.equals(keyOf(m.get("id")));
    }

    private static String keyOf(JsonNode id) {
        return id.isString() ? "s:" + id.stringValue() : "n:" + id.asLong();
    }
}
