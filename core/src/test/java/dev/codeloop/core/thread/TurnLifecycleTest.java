package dev.codeloop.core.thread;

import static dev.codeloop.core.thread.ScriptedEngine.completedTurn;
import static dev.codeloop.core.thread.ScriptedEngine.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.model.responses.RequestText;
import dev.codeloop.testkit.model.Sse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One turn at a time per thread; turns build on each other's history; setup failures fail the turn clearly. */
class TurnLifecycleTest {

    @TempDir
    Path tmp;

    @Test
    void secondTurnsInputExtendsTheFirstTurnsFinalRequestExactly() throws Exception {
        try (ScriptedEngine engine = ScriptedEngine.start(tmp)) {
            engine.server.enqueue(
                    Sse.response("r1").functionCall("call_1", "shell_command", "{\"command\":\"echo hi\"}").completed(),
                    Sse.response("r2").message("msg_1", "It printed hi.").completed(),
                    Sse.response("r3").message("msg_2", "You're welcome.").completed());
            AgentThread thread = engine.newThread();
            engine.startTurn(thread, "Run echo hi");
            engine.untilTurnCompleted();

            engine.startTurn(thread, "Thanks");
            engine.untilTurnCompleted();

            engine.takeRequest();
            String endOfFirstTurn = RequestText.inputArray(engine.takeRequest().bodyText());
            String secondTurn = RequestText.inputArray(engine.takeRequest().bodyText());
            RequestText.assertPrefixExtension(endOfFirstTurn, secondTurn);
            assertTrue(secondTurn.endsWith("\"It printed hi.\"}]},{\"type\":\"message\",\"role\":\"user\","
                    + "\"content\":[{\"type\":\"input_text\",\"text\":\"Thanks\"}]}]"), secondTurn);
        }
    }

    @Test
    void startingATurnWhileOneRunsIsRefused() throws Exception {
        try (ScriptedEngine engine = ScriptedEngine.start(tmp)) {
            engine.server.enqueue(Sse.response("r1").stallForever());
            AgentThread thread = engine.newThread();
            String running = engine.startTurn(thread, "first");
            engine.awaitEvent(ThreadEvent.TurnStarted.class);

            ThreadBusyException busy = assertThrows(ThreadBusyException.class,
                    () -> thread.prepareTurn(List.of(new UserContent.Text("second")), TurnOverrides.NONE));

            assertTrue(busy.getMessage().contains(running), busy.getMessage());
            thread.interruption(running).run();
            assertEquals(TurnStatus.INTERRUPTED, completedTurn(engine.untilTurnCompleted()).status());
        }
    }

    @Test
    void interruptingAFinishedTurnIsRefused() throws Exception {
        try (ScriptedEngine engine = ScriptedEngine.start(tmp)) {
            engine.server.enqueue(Sse.response("r1").message("msg_1", "Done.").completed());
            AgentThread thread = engine.newThread();
            String turnId = engine.startTurn(thread, "quick");
            engine.untilTurnCompleted();

            assertThrows(NoSuchTurnException.class, () -> thread.interruption(turnId));
            assertThrows(NoSuchTurnException.class, () -> thread.interruption("no-such-turn"));
        }
    }

    @Test
    void missingApiKeyFailsTheTurnNamingTheVariable() throws Exception {
        try (ScriptedEngine engine = ScriptedEngine.startWithoutApiKey(tmp)) {
            engine.startTurn(engine.newThread(), "hello");
            List<ThreadEvent> events = engine.untilTurnCompleted();

            assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                    "status:systemError", "error(willRetry=false)", "turnCompleted:FAILED"), describe(events));
            TurnSnapshot turn = completedTurn(events);
            TurnFailure failure = turn.error();
            assertEquals(TurnFailure.Kind.UNAUTHORIZED, failure.kind());
            assertTrue(failure.message().contains(ScriptedEngine.API_KEY_VARIABLE), failure.message());
            assertEquals(0, engine.server.requestCount());
        }
    }

    @Test
    void threadReadShowsEveryItemOfFinishedTurns() throws Exception {
        try (ScriptedEngine engine = ScriptedEngine.start(tmp)) {
            engine.server.enqueue(
                    Sse.response("r1").functionCall("call_1", "shell_command", "{\"command\":\"echo hi\"}").completed(),
                    Sse.response("r2").message("msg_1", "It printed hi.").completed());
            AgentThread thread = engine.newThread();
            engine.startTurn(thread, "Run echo hi");
            engine.untilTurnCompleted();

            TurnSnapshot turn = thread.view(true).turns().getFirst();

            assertEquals(TurnStatus.COMPLETED, turn.status());
            assertEquals(List.of("UserMessage", "CommandExecution", "AgentMessage"),
                    turn.items().stream().map(i -> i.getClass().getSimpleName()).toList());
        }
    }
}
