package dev.codeloop.testkit.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.schema.CodexSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Drives {@link AppServerProcess} against {@link FakeAppServer}, one child JVM per test. */
class AppServerProcessTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    /** Several tests provoke failures, whose logs are kept: keep them out of the shared temp dir. */
    @TempDir
    static Path logs;

    @TempDir
    Path workDir;

    @BeforeAll
    static void logsInTempDir() {
        System.setProperty("codeloop.testkit.logDir", logs.toString());
    }

    @AfterAll
    static void restoreLogDir() {
        System.clearProperty("codeloop.testkit.logDir");
    }

    private AppServerProcess start(String... args) {
        return AppServerProcess.start(FakeAppServer.command(args), Map.of("FAKE_ENV", "1"), workDir);
    }

    private static JsonNode notification(String method) {
        return Json.object("method", method, "params", Json.object("n", method));
    }

    private static JsonNode emit(boolean respondFirst, String... methods) {
        List<JsonNode> list = new ArrayList<>();
        for (String m : methods) {
            list.add(notification(m));
        }
        return Json.object("notifications", list, "respondFirst", respondFirst);
    }

    @Test
    void requestResponseRoundTrip() {
        try (AppServerProcess server = start()) {
            JsonNode init = server.initialize();
            assertEquals("fake/0.0.0", init.get("userAgent").stringValue());
            assertEquals(Json.object("a", 1, "b", List.of("x")),
                    server.requestResult("echo", Json.object("a", 1, "b", List.of("x"))));

            // Ids count from 0; initialized goes out without params, exactly as Codex clients send it.
            List<String> sent = server.transcript().entries().stream()
                    .filter(e -> e.dir() == Transcript.Direction.C2S).map(Transcript.Entry::line).toList();
            assertEquals("{\"method\":\"initialized\"}", sent.get(1));
            assertTrue(sent.get(0).startsWith("{\"id\":0,\"method\":\"initialize\""), sent.get(0));
            assertTrue(sent.get(2).startsWith("{\"id\":1,\"method\":\"echo\""), sent.get(2));

            AssertionError failed = assertThrows(AssertionError.class, () -> server.request("fail", Json.object()));
            assertTrue(failed.getMessage().contains("request 'fail' (id 2) failed"), failed.getMessage());
            assertTrue(failed.getMessage().contains("failed on purpose"), failed.getMessage());

            long id = server.send("fail", null);
            assertEquals(-32000, server.awaitResponse(id).get("error").get("code").asInt());

            server.sendRaw("{oops");
            JsonNode parseError = server.nextMessage();
            assertEquals(-32700, parseError.get("error").get("code").asInt());
            assertTrue(parseError.get("id").isNull());
            server.assertNoMoreMessages(Duration.ofMillis(50));
        }
    }

    @Test
    void messagesAreConsumedInArrivalOrder() {
        try (AppServerProcess server = start()) {
            long id = server.send("emit", emit(false, "a/one", "a/two", "a/three"));
            // The response comes last, but picking it by id leaves the three notifications queued, in order.
            assertTrue(server.awaitResponse(id).has("result"));
            assertEquals(List.of("a/one", "a/two", "a/three"), Messages.labels(server.unread()));

            assertEquals("a/two", Messages.methodOf(server.awaitNotification("a/two")));
            assertEquals(List.of("a/one"), Messages.labels(server.skippedByLastAwait()));
            assertEquals("a/three", Messages.methodOf(server.nextMessage()));
            server.assertNoMoreMessages(Duration.ofMillis(50));

            long id2 = server.send("emit", emit(true, "b/one", "turn/completed", "b/after"));
            List<JsonNode> turn = server.collectUntil(Messages.isNotification("turn/completed"));
            assertEquals(List.of("response #" + id2, "b/one", "turn/completed"), Messages.labels(turn));
            // A sequential wait passed over the response, yet it can still be awaited by id.
            assertEquals(id2, server.awaitResponse(id2).get("id").asLong());

            // Fails as soon as the leftover shows up; the long quiet period only matters when it does not.
            AssertionError leftover = assertThrows(AssertionError.class,
                    () -> server.assertNoMoreMessages(Duration.ofSeconds(5)));
            assertTrue(leftover.getMessage().contains("b/after"), leftover.getMessage());
        }
    }

    @Test
    void serverRequestIsAnswered() {
        try (AppServerProcess server = start()) {
            long ask = server.send("ask", Json.object("method", "item/commandExecution/requestApproval",
                    "params", Json.object("itemId", "call_1")));
            JsonNode request = server.awaitServerRequest("item/commandExecution/requestApproval");
            assertEquals(0, request.get("id").asInt());
            assertEquals("call_1", request.get("params").get("itemId").stringValue());
            server.respond(request.get("id"), Json.object("decision", "accept"));

            assertEquals(0, server.awaitNotification("serverRequest/resolved").get("params").get("requestId").asInt());
            assertEquals(Json.object("decision", "accept"), server.awaitResponse(ask).get("result").get("answer"));

            long ask2 = server.send("ask", Json.object("method", "item/fileChange/requestApproval"));
            JsonNode request2 = server.awaitServerRequest("item/fileChange/requestApproval");
            assertEquals(1, request2.get("id").asInt());
            server.respondError(request2.get("id"), -32001, "no thanks");
            JsonNode answer = server.awaitResponse(ask2).get("result").get("answer");
            assertEquals(Json.object("code", -32001, "message", "no thanks"), answer);
        }
    }

    @Test
    void timeoutFailureShowsRecentMessagesAndStderr() {
        try (AppServerProcess server = start()) {
            server.request("stderr", Json.object("text", "something odd on stderr"));
            server.send("emit", emit(false, "hello/world"));
            AssertionError timeout = assertThrows(AssertionError.class,
                    () -> server.awaitNotification("never/sent", SHORT));
            String text = timeout.getMessage();
            assertTrue(text.startsWith("timed out after 300 ms waiting for notification 'never/sent'"), text);
            assertTrue(text.contains("s2c  {\"method\":\"hello/world\""), text);
            assertTrue(text.contains("c2s  {\"id\":1,\"method\":\"emit\""), text);
            assertTrue(text.contains("something odd on stderr"), text);
            assertTrue(text.contains("process " + server.pid() + ": running"), text);
            assertTrue(text.contains("full transcript: "), text);
            assertTrue(Files.exists(server.logDir().resolve("transcript.jsonl")));
            // What the failed wait passed over is still there for later assertions.
            assertEquals("hello/world", Messages.methodOf(server.nextMessage()));
            assertTrue(server.stderr().contains("something odd on stderr"));
        }
    }

    @Test
    void malformedStdoutLineFailsTheNextWaits() {
        Path logDir;
        try (AppServerProcess server = start()) {
            logDir = server.logDir();
            server.send("raw", Json.object("line", "DEBUG: this is not a protocol message"));
            long id = server.send("echo", Json.object());
            AssertionError first = assertThrows(AssertionError.class, () -> server.awaitResponse(id));
            assertTrue(first.getMessage().contains("stdout line is not valid JSON"), first.getMessage());
            assertTrue(first.getMessage().contains("DEBUG: this is not a protocol message"), first.getMessage());
            // Sticky: stdout is broken for good, so later waits fail too.
            assertThrows(AssertionError.class, () -> server.nextMessage(SHORT));
            assertThrows(AssertionError.class, server::assertNoProtocolProblems);
            assertEquals(1, server.protocolProblems().size());
        }
        // Logs of a failed run are kept for the developer.
        assertTrue(logDir.startsWith(logs));
        assertTrue(Files.exists(logDir.resolve("stderr.log")));
        assertTrue(Files.exists(logDir.resolve("transcript.jsonl")));
    }

    @Test
    void hookValidatesEveryServerMessage() {
        CodexSchema schema = CodexSchema.reference().allowingExtensions(List.of("emit"));
        List<ServerMessage> seen = new ArrayList<>();
        try (AppServerProcess server = start()) {
            server.initialize();
            // Registered late: the initialize response is replayed to it, with the method it answers.
            server.onEveryServerMessage(seen::add);
            server.onEveryServerMessage(schema.serverMessageHook());
            assertEquals(1, seen.size());
            assertEquals("initialize", seen.get(0).requestMethod());
            assertEquals(MessageKind.RESPONSE, seen.get(0).kind());

            JsonNode badTurn = Json.object("method", "turn/completed",
                    "params", Json.object("threadId", "t1", "turn", Json.object("id", "u1", "items", List.of())));
            long id = server.send("emit", Json.object("notifications", List.of(badTurn)));
            // The wait fails as soon as the invalid notification is seen, before the response arrives.
            AssertionError invalid = assertThrows(AssertionError.class, () -> server.awaitResponse(id));
            assertTrue(invalid.getMessage().contains("server message hook failed"), invalid.getMessage());
            assertTrue(invalid.getMessage().contains("/params/turn: required property 'status' not found"),
                    invalid.getMessage());
            assertEquals("turn/completed", seen.get(1).method());
            assertNull(seen.get(1).requestMethod());
        }
    }

    @Test
    void exitCodeAfterClosingStdin() {
        try (AppServerProcess server = start("3")) {
            server.initialize();
            server.closeStdin();
            assertEquals(3, server.awaitExit(Duration.ofSeconds(5)));
            assertFalse(server.isAlive());
            // Waiting on a finished server fails at once, not after the timeout.
            long before = System.nanoTime();
            AssertionError ended = assertThrows(AssertionError.class, () -> server.nextMessage(Duration.ofSeconds(5)));
            assertTrue(Duration.ofNanos(System.nanoTime() - before).toMillis() < 2000);
            assertTrue(ended.getMessage().contains("server closed its stdout"), ended.getMessage());
            assertTrue(ended.getMessage().contains("exited with code 3"), ended.getMessage());
        }
    }

    @Test
    void closeDestroysTheProcessTree() throws Exception {
        long childPid;
        try (AppServerProcess server = start()) {
            childPid = server.requestResult("spawnChild", null).get("pid").asLong();
            assertTrue(ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false));
        }

        // The fake exits on EOF and leaves its child behind; close() must have killed that orphan too.
        assertTrue(waitUntilDead(childPid), "child " + childPid + " survived close()");
    }

    @Test
    void killEndsServerAndChildren() throws Exception {
        try (AppServerProcess server = start()) {
            long childPid = server.requestResult("spawnChild", null).get("pid").asLong();
            server.kill();
            assertEquals(137, server.awaitExit(Duration.ofSeconds(5)));
            assertTrue(waitUntilDead(childPid), "child " + childPid + " survived kill()");
        }
    }

    /**
     * An orphan we killed stays a zombie until PID 1 reaps it, and ProcessHandle counts zombies as alive; so on
     * Linux a zombie ('Z' in /proc/PID/stat) counts as dead here.
     */
    private static boolean waitUntilDead(long pid) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true) || isZombie(pid)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (Exception e) {
            return false;
        }
    }
}
