package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InterruptIT {

    @Test
    void interruptMidStreamEndsTheTurnInterruptedLikeCodex() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            List<String> deltas = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                deltas.add("d%04d ".formatted(i));
            }
            f.model.enqueue(Sse.response("resp_1").message("msg_1", deltas).eventDelay(Duration.ofMillis(100))
                    .completed());
            String threadId = f.startThread();
            long turnStart = f.sendTurn(threadId, "Count slowly.");
            String turnId = f.server.awaitResponse(turnStart).at("/result/turn/id").stringValue();
            for (int i = 0; i < 3; i++) {
                f.server.awaitNotification("item/agentMessage/delta");
            }

            long interrupt = f.server.send("turn/interrupt", Json.object("threadId", threadId, "turnId", turnId));
            List<JsonNode> tail = new ArrayList<>(f.server.collectUntil(Messages.isNotification("turn/completed")));
            tail.removeIf(Messages.isNotification("item/agentMessage/delta"));

            assertEquals(List.of("response #", "thread/status/changed", "turn/completed"), Sequences.normalize(tail));
            assertTrue(Messages.isResponseTo(interrupt).test(tail.get(0)));
            assertEquals("idle", tail.get(1).at("/params/status/type").stringValue());
            JsonNode turn = tail.get(2).at("/params/turn");
            assertEquals("interrupted", turn.get("status").stringValue());
            assertEquals(0, turn.get("items").size());
        }
    }

    @Test
    void interruptDuringACommandKillsItAndTheNextTurnKnowsItWasInterrupted() throws Exception {
        // Full access: the test reads the command's host pid (a sandbox has its own pid namespace).
        try (ServerFixture f = ServerFixture.start(0, 0, "sandbox_mode = \"danger-full-access\"").initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", "echo $$ > pid.txt; echo started; sleep 60"))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "OK, stopped.").completed());
            String threadId = f.startThread();
            long turnStart = f.sendTurn(threadId, "Run something long.");
            String turnId = f.server.awaitResponse(turnStart).at("/result/turn/id").stringValue();
            f.server.awaitNotification("item/commandExecution/outputDelta");
            long pid = Long.parseLong(Files.readString(f.workspace.resolve("pid.txt")).strip());
            assertTrue(ProcessHandle.of(pid).isPresent());

            long started = System.nanoTime();
            f.server.send("turn/interrupt", Json.object("threadId", threadId, "turnId", turnId));
            List<JsonNode> tail = f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "interrupt must be prompt");
            assertEquals("interrupted", tail.get(tail.size() - 1).at("/params/turn/status").stringValue());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                    && !isZombie(pid), "the command must be killed");

            f.runTurn(threadId, "What happened?");
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            String history = Json.compact(input);
            assertTrue(history.contains("\"call_id\":\"call_1\""), history);
            assertTrue(history.contains("<turn_aborted>"), history);
        }
    }

    @Test
    void interruptingATurnThatIsNotRunningIsRefusedAtOnce() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "Done.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Quick one.");
            String turnId = turn.get(0).at("/result/turn/id").stringValue();

            JsonNode error = f.call("turn/interrupt", Json.object("threadId", threadId, "turnId", turnId));
            assertEquals(-32600, error.at("/error/code").asInt());
            assertTrue(error.at("/error/message").stringValue().contains(turnId));
        }
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
