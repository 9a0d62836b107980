package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * SIGTERM and the end of stdin stop the server the same way: the running turn ends interrupted (a client still
 * reading gets turn/completed), the command's whole process tree is killed, the thread log records the
 * interrupted turn, and the exit code is 0.
 */
class ShutdownIT {

    /** bash (the command) starts a background sleep and waits for it: a tree of two processes to kill. */
    private static final String COMMAND =
            "echo $$ > shell.pid; sleep 1000 & echo $! > sleep.pid; echo started; wait";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SIGTERM", "stdin EOF"})
    void stoppingDuringACommandInterruptsTheTurnKillsItsTreeRecordsItAndExitsZero(String how) throws Exception {
        // Full access: the test reads the command's host pids (a sandbox has its own pid namespace).
        try (ServerFixture f = ServerFixture.start(0, 0, "sandbox_mode = \"danger-full-access\"").initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", COMMAND))).completed());
            JsonNode thread = f.server.requestResult("thread/start", Json.object("cwd", f.workspace.toString()))
                    .get("thread");
            String threadId = thread.get("id").stringValue();
            Path rollout = Path.of(thread.get("path").stringValue());
            long turnStart = f.sendTurn(threadId, "Run something long.");
            String turnId = f.server.awaitResponse(turnStart).at("/result/turn/id").stringValue();
            f.server.awaitNotification("item/commandExecution/outputDelta");
            long shell = readPid(f.workspace.resolve("shell.pid"));
            long sleep = readPid(f.workspace.resolve("sleep.pid"));
            assertTrue(isRunning(shell) && isRunning(sleep), "the command runs");

            if (how.equals("SIGTERM")) {
                sendSigterm(f.server.pid());
            } else {
                f.server.closeStdin();
            }

            List<JsonNode> tail = f.server.collectUntil(Messages.isNotification("turn/completed"));
            JsonNode turn = tail.get(tail.size() - 1).at("/params/turn");
            assertEquals(turnId, turn.get("id").stringValue());
            assertEquals("interrupted", turn.get("status").stringValue());
            assertEquals(0, f.server.awaitExit(Duration.ofSeconds(15)), "exit code\n" + f.server.stderr());
            assertFalse(isRunning(shell), "the command's shell is killed");
            assertFalse(isRunning(sleep), "the command's background child is killed");

            JsonNode recorded = lastTurnCompletedRecord(rollout);
            assertEquals(turnId, recorded.at("/payload/turn_id").stringValue());
            assertEquals("interrupted", recorded.at("/payload/status").stringValue());

            f.restart();
            JsonNode resumed = f.server.requestResult("thread/resume", Json.object("threadId", threadId));
            JsonNode turns = resumed.at("/thread/turns");
            assertEquals(turnId, turns.get(turns.size() - 1).get("id").stringValue());
            assertEquals("interrupted", turns.get(turns.size() - 1).get("status").stringValue());
        }
    }

    @org.junit.jupiter.api.Test
    void requestsReadBeforeStdinEndsAreStillAnswered() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ids.add(f.server.send(i % 2 == 0 ? "thread/list" : "thread/loaded/list", Json.object()));
            }
            f.server.closeStdin();
            for (long id : ids) {
                assertTrue(f.server.awaitResponse(id).has("result"));
            }
            assertEquals(0, f.server.awaitExit(Duration.ofSeconds(15)));
            Answers.assertExactlyOnce(f.server, ids);
        }
    }

    private static void sendSigterm(long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -TERM " + pid);
    }

    private static JsonNode lastTurnCompletedRecord(Path rollout) throws IOException {
        JsonNode last = null;
        for (String line : Files.readAllLines(rollout)) {
            JsonNode record = Json.parse(line);
            if ("turn_completed".equals(record.path("type").stringValue())) {
                last = record;
            }
        }
        assertTrue(last != null, "the thread log records the turn's end:\n" + Files.readString(rollout));
        return last;
    }

    private static long readPid(Path file) throws IOException {
        return Long.parseLong(Files.readString(file).strip());
    }

    /** Alive and not a zombie (a killed child may linger unreaped by a parent that is gone too). */
    static boolean isRunning(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }
}
