package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Crashes around a turn never hang it: a model that goes silent or drops the connection mid-stream, a command
 * whose process dies. Each turn ends (failed, or completed when the model can go on), and the thread takes the
 * next turn. (A tool that blocks for good is ended by the turn watchdog: see core's TurnWatchdogTest.)
 */
class FaultsIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ServerFixture server(String extraTopLevel) {
        ScriptedModelServer model = ScriptedModelServer.start();
        return ServerFixture.startWith(model, ServerFixture.config(model.baseUrl(), 0, 0, extraTopLevel, 500))
                .initialized();
    }

    @Test
    void aModelThatGoesSilentForeverFailsTheTurnAndTheThreadGoesOn() throws Exception {
        try (ServerFixture f = server("")) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "I am about to ").stallForever());
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Back.").completed());
            String threadId = f.startThread();

            JsonNode turn = lastTurn(f.runTurn(threadId, "Hello?"));
            assertEquals("failed", turn.get("status").stringValue());
            assertTrue(turn.at("/error/message").stringValue().contains("idle"), turn.toString());
            assertEquals("completed", lastTurn(f.runTurn(threadId, "Again?")).get("status").stringValue());
        }
    }

    @Test
    void aModelConnectionDroppedMidStreamFailsTheTurnAndTheThreadGoesOn() throws Exception {
        try (ServerFixture f = server("")) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "Half a sent").cutBeforeCompletion());
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Back.").completed());
            String threadId = f.startThread();

            JsonNode turn = lastTurn(f.runTurn(threadId, "Hello?"));
            assertEquals("failed", turn.get("status").stringValue());
            assertEquals("completed", lastTurn(f.runTurn(threadId, "Again?")).get("status").stringValue());
        }
    }

    @Test
    void aCommandWhoseProcessIsKilledEndsAndTheTurnGoesOn() throws Exception {
        try (ServerFixture f = server("sandbox_mode = \"danger-full-access\"")) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", "echo started; kill -9 $$; echo never"))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "It crashed.").completed());
            String threadId = f.startThread();

            List<JsonNode> messages = f.runTurn(threadId, "Run it.");
            JsonNode command = ServerFixture.withMethod(messages, "item/completed").stream()
                    .map(m -> m.at("/params/item")).filter(i -> "commandExecution".equals(i.get("type").stringValue()))
                    .findFirst().orElseThrow();
            assertEquals(137, command.get("exitCode").asInt(), command.toString());
            assertEquals("completed", lastTurn(messages).get("status").stringValue());
        }
    }

    private static JsonNode lastTurn(List<JsonNode> messages) {
        return messages.get(messages.size() - 1).at("/params/turn");
    }
}
