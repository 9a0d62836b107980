package dev.codeloop.core.thread;

import static dev.codeloop.core.thread.ScriptedEngine.completedTurn;
import static dev.codeloop.core.thread.ScriptedEngine.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.item.Item;
import dev.codeloop.testkit.model.HttpError;
import dev.codeloop.testkit.model.OutputItems;
import dev.codeloop.testkit.model.ResponsesEvents;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.model.SseStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Interrupting a running turn: it ends promptly as interrupted and the history says so (f_interrupt). */
class InterruptTest {

    @TempDir
    Path tmp;

    private ScriptedEngine engine;

    @BeforeEach
    void start() {
        engine = ScriptedEngine.startWithoutSandbox(tmp);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** A message that starts streaming and then hangs until the server closes. */
    private static SseStream stalledMessage() {
        return Sse.response("r1")
                .event(ResponsesEvents.outputItemAdded(0, OutputItems.messageInProgress("msg_1")))
                .event(ResponsesEvents.outputTextDelta("msg_1", 0, 0, "I was say"))
                .stallForever();
    }

    @Test
    void interruptMidStreamEndsTheTurnAsInterruptedWithoutCompletingThePartialMessage() throws Exception {
        engine.server.enqueue(stalledMessage());
        AgentThread thread = engine.newThread();
        String turnId = engine.startTurn(thread, "Talk");
        List<ThreadEvent> events = new ArrayList<>(engine.until(ThreadEvent.AgentMessageDelta.class::isInstance));

        thread.interruption(turnId).run();
        events.addAll(engine.untilTurnCompleted());

        assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                "itemStarted:agentMessage", "delta", "status:idle", "turnCompleted:INTERRUPTED"), describe(events));
        TurnSnapshot turn = completedTurn(events);
        assertEquals(TurnStatus.INTERRUPTED, turn.status());
        assertEquals(List.of(), turn.items());
        assertEquals(1, engine.server.requestCount());
    }

    @Test
    void nextTurnTellsTheModelThePreviousOneWasAborted() throws Exception {
        engine.server.enqueue(stalledMessage(), Sse.response("r2").message("msg_2", "OK.").completed());
        AgentThread thread = engine.newThread();
        String turnId = engine.startTurn(thread, "Talk");
        engine.awaitEvent(ThreadEvent.AgentMessageDelta.class);
        thread.interruption(turnId).run();
        engine.untilTurnCompleted();

        engine.startTurn(thread, "Again");
        engine.untilTurnCompleted();

        engine.takeRequest();
        JsonNode input = engine.takeRequest().body().path("input");
        int n = input.size();
        assertEquals("Talk", userText(input.path(n - 3)));
        assertTrue(userText(input.path(n - 2)).startsWith("<turn_aborted>"), userText(input.path(n - 2)));
        assertEquals("Again", userText(input.path(n - 1)));
    }

    @Test
    void interruptDuringALongCommandEndsTheTurnPromptlyAndKillsTheCommand() throws Exception {
        engine.server.enqueue(
                Sse.response("r1").functionCall("call_1", "shell_command",
                        "{\"command\":\"sleep 30 & echo \\\"child $!\\\"; wait\"}").completed(),
                Sse.response("r2").message("msg_1", "never asked for").completed());
        AgentThread thread = engine.newThread();
        String turnId = engine.startTurn(thread, "Wait a while");
        ThreadEvent.ItemStarted started = engine.awaitEvent(ThreadEvent.ItemStarted.class);
        while (!(started.item() instanceof Item.CommandExecution)) {
            started = engine.awaitEvent(ThreadEvent.ItemStarted.class);
        }
        long shellPid = ((Item.CommandExecution) started.item()).processId();
        long sleepPid = childPid(engine.awaitEvent(ThreadEvent.CommandOutputDelta.class).delta());

        long interruptedAt = System.nanoTime();
        thread.interruption(turnId).run();
        List<ThreadEvent> events = engine.untilTurnCompleted();
        long tookMs = Duration.ofNanos(System.nanoTime() - interruptedAt).toMillis();

        assertEquals(TurnStatus.INTERRUPTED, completedTurn(events).status());
        assertTrue(tookMs < 5_000, "the turn ended " + tookMs + " ms after the interrupt");
        Item.CommandExecution command = ScriptedEngine.completedItem(events, Item.CommandExecution.class);
        assertEquals(Item.CommandStatus.FAILED, command.status());
        assertGone(shellPid);
        assertGone(sleepPid);
        assertEquals(1, engine.server.requestCount(), "no follow-up request after an interrupt");
    }

    @Test
    void interruptedToolCallIsAnsweredInTheNextRequest() throws Exception {
        engine.server.enqueue(
                Sse.response("r1").functionCall("call_1", "shell_command", "{\"command\":\"sleep 30\"}").completed(),
                Sse.response("r2").message("msg_1", "OK.").completed());
        AgentThread thread = engine.newThread();
        String turnId = engine.startTurn(thread, "Wait");
        ThreadEvent.ItemStarted started = engine.awaitEvent(ThreadEvent.ItemStarted.class);
        while (!(started.item() instanceof Item.CommandExecution)) {
            started = engine.awaitEvent(ThreadEvent.ItemStarted.class);
        }
        thread.interruption(turnId).run();
        engine.untilTurnCompleted();

        engine.startTurn(thread, "Next");
        engine.untilTurnCompleted();

        engine.takeRequest();
        JsonNode input = engine.takeRequest().body().path("input");
        int n = input.size();
        assertEquals("function_call", input.path(n - 4).path("type").asString());
        assertEquals("function_call_output", input.path(n - 3).path("type").asString());
        assertEquals("call_1", input.path(n - 3).path("call_id").asString());
        assertTrue(input.path(n - 3).path("output").asString().contains("aborted"));
        assertTrue(userText(input.path(n - 2)).startsWith("<turn_aborted>"));
    }

    @Test
    void interruptWhileWaitingToRetryEndsTheTurnAtOnce() throws Exception {
        engine.server.enqueue(HttpError.status(429).header("Retry-After", "60"));
        AgentThread thread = engine.newThread();
        String turnId = engine.startTurn(thread, "Talk");
        engine.awaitEvent(ThreadEvent.Error.class);

        thread.interruption(turnId).run();

        assertEquals(TurnStatus.INTERRUPTED, completedTurn(engine.untilTurnCompleted()).status());
        assertEquals(1, engine.server.requestCount());
    }

    private static String userText(JsonNode message) {
        assertEquals("user", message.path("role").asString(), message.toString());
        return message.path("content").path(0).path("text").asString();
    }

    private static long childPid(String output) {
        Matcher m = Pattern.compile("child (\\d+)").matcher(output);
        assertTrue(m.find(), output);
        return Long.parseLong(m.group(1));
    }

    private static void assertGone(long pid) throws Exception {
        var handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            handle.get().onExit().get(5, TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is gone");
    }
}
