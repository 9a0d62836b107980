package dev.codeloop.core.thread;

import static dev.codeloop.core.thread.ScriptedEngine.completedItem;
import static dev.codeloop.core.thread.ScriptedEngine.completedTurn;
import static dev.codeloop.core.thread.ScriptedEngine.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.model.responses.RequestText;
import dev.codeloop.testkit.model.Sse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A turn where the model calls the shell tool: a real command runs and its output goes back to the model. */
class ShellToolTurnTest {

    @TempDir
    Path tmp;

    private ScriptedEngine engine;

    @BeforeEach
    void start() {
        engine = ScriptedEngine.start(tmp);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void shellCallRunsTheCommandAndSendsItsOutputBack() throws Exception {
        engine.server.enqueue(
                Sse.response("r1").functionCall("call_1", "shell_command", "{\"command\":\"echo hi\"}").completed(),
                Sse.response("r2").message("msg_1", "It printed hi.").completed());
        AgentThread thread = engine.newThread();

        engine.startTurn(thread, "Run echo hi");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                "itemStarted:commandExecution", "outputDelta", "itemCompleted:commandExecution", "tokenUsage",
                "itemStarted:agentMessage", "delta", "itemCompleted:agentMessage", "tokenUsage", "status:idle",
                "turnCompleted:COMPLETED"), describe(events));
        Item.CommandExecution command = completedItem(events, Item.CommandExecution.class);
        assertEquals("call_1", command.id());
        assertEquals(Item.CommandStatus.COMPLETED, command.status());
        assertEquals(0, command.exitCode());
        assertEquals("hi\n", command.aggregatedOutput());
        assertEquals(engine.cwd.toString(), command.cwd());

        JsonNode first = engine.takeRequest().body().path("input");
        JsonNode second = engine.takeRequest().body().path("input");
        JsonNode call = second.path(second.size() - 2);
        JsonNode output = second.path(second.size() - 1);
        assertEquals(first.size() + 2, second.size());
        assertEquals("function_call", call.path("type").asString());
        assertEquals("call_1", call.path("call_id").asString());
        assertEquals("shell_command", call.path("name").asString());
        assertEquals("{\"command\":\"echo hi\"}", call.path("arguments").asString());
        assertEquals("function_call_output", output.path("type").asString());
        assertEquals("call_1", output.path("call_id").asString());
        String text = output.path("output").asString();
        assertTrue(text.contains("Exit code: 0") && text.contains("hi"), text);
    }

    @Test
    void followUpRequestExtendsTheFirstExactly() throws Exception {
        engine.server.enqueue(
                Sse.response("r1").functionCall("call_1", "shell_command", "{\"command\":\"echo hi\"}").completed(),
                Sse.response("r2").message("msg_1", "Done.").completed());
        engine.startTurn(engine.newThread(), "Run echo hi");
        engine.untilTurnCompleted();

        String first = RequestText.inputArray(engine.takeRequest().bodyText());
        String second = RequestText.inputArray(engine.takeRequest().bodyText());

        RequestText.assertPrefixExtension(first, second);
    }

    @Test
    void commandRunsInTheThreadsCwd() throws Exception {
        engine.server.enqueue(
                Sse.response("r1").functionCall("call_1", "shell_command",
                        "{\"command\":\"echo made > made-by-agent.txt\"}").completed(),
                Sse.response("r2").message("msg_1", "Done.").completed());

        engine.startTurn(engine.newThread(), "Make a file");
        engine.untilTurnCompleted();

        assertEquals("made\n", Files.readString(engine.cwd.resolve("made-by-agent.txt")));
    }

    @Test
    void failingCommandIsReportedToTheModelAndTheTurnGoesOn() throws Exception {
        engine.server.enqueue(
                Sse.response("r1").functionCall("call_1", "shell_command", "{\"command\":\"echo oops >&2; exit 3\"}")
                        .completed(),
                Sse.response("r2").message("msg_1", "It failed.").completed());

        engine.startTurn(engine.newThread(), "Fail");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        Item.CommandExecution command = completedItem(events, Item.CommandExecution.class);
        assertEquals(Item.CommandStatus.FAILED, command.status());
        assertEquals(3, command.exitCode());
        assertEquals(TurnStatus.COMPLETED, completedTurn(events).status());
        engine.takeRequest();
        JsonNode input = engine.takeRequest().body().path("input");
        String output = input.path(input.size() - 1).path("output").asString();
        assertTrue(output.contains("Exit code: 3") && output.contains("oops"), output);
    }

    @Test
    void unknownToolIsAnsweredWithAnErrorTheModelCanReadNotACrash() throws Exception {
        engine.server.enqueue(
                Sse.response("r1").functionCall("call_1", "teleport", "{}").completed(),
                Sse.response("r2").message("msg_1", "Sorry.").completed());

        engine.startTurn(engine.newThread(), "Teleport");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(TurnStatus.COMPLETED, completedTurn(events).status());
        engine.takeRequest();
        JsonNode input = engine.takeRequest().body().path("input");
        JsonNode output = input.path(input.size() - 1);
        assertEquals("call_1", output.path("call_id").asString());
        assertTrue(output.path("output").asString().contains("shell_command"), output.toString());
    }
}
