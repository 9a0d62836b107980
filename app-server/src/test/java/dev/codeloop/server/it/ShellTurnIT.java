package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ShellTurnIT {

    private static String shell(String command) {
        return Json.compact(Json.object("command", command));
    }

    @Test
    void shellCommandRunsInTheWorkspaceAndItsOutputGoesBackToTheModel() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_exec_1", "shell_command",
                    shell("ls -la && cat README.md")).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "The project has a ", "README.").completed());
            String threadId = f.startThread();

            List<JsonNode> turn = f.runTurn(threadId, "What is in this project?");

            List<String> labels = Sequences.normalize(turn);
            List<String> codex = Sequences.codexTurn("b_shell", 0);
            // Codex sends no output delta for a fast command; we stream every chunk as it arrives.
            assertEquals(codex, labels.stream().filter(l -> !l.equals("item/commandExecution/outputDelta*")).toList());
            JsonNode command = ServerFixture.withMethod(turn, "item/completed").stream()
                    .map(m -> m.at("/params/item"))
                    .filter(i -> i.get("type").stringValue().equals("commandExecution")).findFirst().orElseThrow();
            assertEquals("call_exec_1", command.get("id").stringValue());
            assertEquals("/bin/bash -lc 'ls -la && cat README.md'", command.get("command").stringValue());
            assertEquals(f.workspace.toString(), command.get("cwd").stringValue());
            assertEquals("completed", command.get("status").stringValue());
            assertEquals(0, command.get("exitCode").asInt());
            assertTrue(command.get("aggregatedOutput").stringValue().contains("# Demo project"));
            assertTrue(command.get("processId").stringValue().matches("\\d+"));

            f.model.takeRequest(Duration.ofSeconds(10));
            RecordedModelRequest followUp = f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = followUp.body().get("input");
            JsonNode call = input.get(input.size() - 2);
            JsonNode output = input.get(input.size() - 1);
            assertEquals("function_call", call.get("type").stringValue());
            assertEquals("call_exec_1", call.get("call_id").stringValue());
            assertEquals("function_call_output", output.get("type").stringValue());
            String text = output.get("output").stringValue();
            assertTrue(text.startsWith("Exit code: 0\nWall time: "), text);
            assertTrue(text.contains("README.md") && text.contains("# Demo project"), text);
        }
    }

    @Test
    void outputOfASlowCommandStreamsBeforeTheCommandEnds() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_exec_1", "shell_command",
                    shell("for i in 1 2 3; do echo line$i; sleep 0.3; done")).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Printed three lines.").completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Print three lines slowly.");

            JsonNode firstDelta = f.server.awaitNotification("item/commandExecution/outputDelta");
            assertEquals("call_exec_1", firstDelta.at("/params/itemId").stringValue());
            assertEquals("line1\n", firstDelta.at("/params/delta").stringValue());
            List<JsonNode> rest = f.server.collectUntil(m -> "turn/completed".equals(m.path("method").stringValue()));
            StringBuilder streamed = new StringBuilder("line1\n");
            ServerFixture.withMethod(rest, "item/commandExecution/outputDelta")
                    .forEach(d -> streamed.append(d.at("/params/delta").stringValue()));
            assertEquals("line1\nline2\nline3\n", streamed.toString());
            JsonNode completed = ServerFixture.withMethod(rest, "item/completed").get(0).at("/params/item");
            assertEquals("line1\nline2\nline3\n", completed.get("aggregatedOutput").stringValue());
            assertTrue(completed.get("durationMs").asLong() >= 600);
        }
    }

    @Test
    void failingCommandIsReportedAsFailedWithItsExitCode() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    shell("echo oops >&2; exit 3")).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "It failed.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Run it.");

            JsonNode command = ServerFixture.withMethod(turn, "item/completed").get(1).at("/params/item");
            assertEquals("failed", command.get("status").stringValue());
            assertEquals(3, command.get("exitCode").asInt());
            assertEquals("oops\n", command.get("aggregatedOutput").stringValue());
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            assertTrue(input.get(input.size() - 1).get("output").stringValue().startsWith("Exit code: 3\n"));
        }
    }

    @Test
    void unknownToolIsToldToTheModelAndTheTurnGoesOn() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "teleport", "{}").completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Sorry.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Teleport.");

            assertEquals("completed", turn.get(turn.size() - 1).at("/params/turn/status").stringValue());
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            assertTrue(input.get(input.size() - 1).get("output").stringValue().contains("teleport"));
        }
    }

    @Test
    void twoTurnsFollowCodexOrder() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command", shell("ls")).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Listed.").completed());
            f.model.enqueue(Sse.response("resp_3").message("msg_2", "Second ", "answer.").completed());
            String threadId = f.startThread();
            f.runTurn(threadId, "List files.");
            List<JsonNode> second = f.runTurn(threadId, "And now?");
            assertEquals(Sequences.codexTurn("e_two_turns", 1), Sequences.normalize(second));
            JsonNode read = f.server.requestResult("thread/read", Json.object("threadId", threadId, "includeTurns", true));
            assertEquals(2, read.at("/thread/turns").size());
            assertEquals(List.of("userMessage", "commandExecution", "agentMessage"),
                    typesOf(read.at("/thread/turns/0/items")));
        }
    }

    private static List<String> typesOf(JsonNode items) {
        return java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .map(i -> i.get("type").stringValue()).toList();
    }
}
