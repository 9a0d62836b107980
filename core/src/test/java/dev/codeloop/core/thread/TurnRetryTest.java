package dev.codeloop.core.thread;

import static dev.codeloop.core.thread.ScriptedEngine.completedTurn;
import static dev.codeloop.core.thread.ScriptedEngine.describe;
import static dev.codeloop.core.thread.ScriptedEngine.millisBetween;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.item.Item;
import dev.codeloop.testkit.model.HttpError;
import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.Sse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Failed model streams inside a turn, as the Codex transcripts record them (h_errors, h2–h5): retried with a
 * "Reconnecting... n/max" error, or failing the turn.
 */
class TurnRetryTest {

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
    void streamDropAfterACompletedMessageIsRetriedWithThatMessageInTheInput() throws Exception {
        engine.server.enqueue(Sse.response("r1").message("msg_1", "partial ").cutBeforeCompletion(),
                Sse.response("r2").message("msg_2", "Whole answer.").completed());

        engine.startTurn(engine.newThread(), "Answer");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                "itemStarted:agentMessage", "delta", "itemCompleted:agentMessage", "error(willRetry=true)",
                "itemStarted:agentMessage", "delta", "itemCompleted:agentMessage", "tokenUsage", "status:idle",
                "turnCompleted:COMPLETED"), describe(events));
        ThreadEvent.Error retrying = (ThreadEvent.Error) events.get(7);
        assertEquals(new TurnFailure("Reconnecting... 1/2", TurnFailure.Kind.RESPONSE_STREAM_DISCONNECTED, null,
                        "stream disconnected before completion: " + disconnectReason(retrying)),
                retrying.failure());
        TurnSnapshot turn = completedTurn(events);
        assertEquals(List.of("Whole answer."), turn.items().stream().map(i -> ((Item.AgentMessage) i).text()).toList());

        JsonNode first = engine.takeRequest().body().path("input");
        JsonNode retry = engine.takeRequest().body().path("input");
        JsonNode partial = retry.path(retry.size() - 1);
        assertEquals(first.size() + 1, retry.size());
        assertEquals("assistant", partial.path("role").asString());
        assertEquals("partial ", partial.path("content").path(0).path("text").asString());
    }

    @Test
    void exhaustedRetriesFailTheTurnWithASystemError() throws Exception {
        engine.server.enqueueForever(HttpError.status(500).message("upstream exploded"));

        engine.startTurn(engine.newThread(), "Answer");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                "error(willRetry=true)", "error(willRetry=true)", "status:systemError", "error(willRetry=false)",
                "turnCompleted:FAILED"), describe(events));
        assertEquals("Reconnecting... 2/2", ((ThreadEvent.Error) events.get(5)).failure().message());
        TurnFailure failure = ((ThreadEvent.Error) events.get(7)).failure();
        assertEquals(TurnFailure.Kind.INTERNAL_SERVER_ERROR, failure.kind());
        assertTrue(failure.message().contains("upstream exploded"), failure.message());
        TurnSnapshot turn = completedTurn(events);
        assertEquals(TurnStatus.FAILED, turn.status());
        assertEquals(failure, turn.error());
        assertEquals(1 + ScriptedEngine.STREAM_MAX_RETRIES, engine.server.requestCount());
    }

    @Test
    void tooManyRequestsWithRetryAfterWaitsThatLongThenRetries() throws Exception {
        engine.server.enqueue(HttpError.status(429).header("Retry-After", "1"),
                Sse.response("r1").message("msg_1", "Finally.").completed());

        engine.startTurn(engine.newThread(), "Answer");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        ThreadEvent.Error retrying = (ThreadEvent.Error) events.get(4);
        assertTrue(retrying.willRetry());
        assertEquals(new TurnFailure("Reconnecting... 1/2", TurnFailure.Kind.RESPONSE_STREAM_DISCONNECTED, 429,
                "exceeded retry limit, last status: 429 Too Many Requests"), retrying.failure());
        assertEquals(TurnStatus.COMPLETED, completedTurn(events).status());
        long gapMs = millisBetween(engine.takeRequest(), engine.takeRequest());
        assertTrue(gapMs >= 900, "Retry-After: 1 honoured; the retry came after " + gapMs + " ms");
    }

    @Test
    void tooManyRequestsWithoutRetryAfterFailsAtOnce() throws Exception {
        engine.server.enqueue(HttpError.status(429), Sse.response("r1").message("msg_1", "never sent").completed());

        engine.startTurn(engine.newThread(), "Answer");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                "status:systemError", "error(willRetry=false)", "turnCompleted:FAILED"), describe(events));
        assertEquals(new TurnFailure("exceeded retry limit, last status: 429 Too Many Requests",
                TurnFailure.Kind.RESPONSE_TOO_MANY_FAILED_ATTEMPTS, 429, null),
                ((ThreadEvent.Error) events.get(5)).failure());
        assertEquals(1, engine.server.requestCount());
    }

    @Test
    void contextWindowExceededFailsWithoutRetrying() throws Exception {
        engine.server.enqueue(Sse.response("r1").failed("context_length_exceeded", "Your input is too long."));

        engine.startTurn(engine.newThread(), "Answer");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(TurnFailure.Kind.CONTEXT_WINDOW_EXCEEDED, completedTurn(events).error().kind());
        assertEquals(1, engine.server.requestCount());
    }

    @Test
    void threadStaysUsableAfterAFailedTurn() throws Exception {
        engine.server.enqueue(HttpError.status(400).message("bad"),
                Sse.response("r1").message("msg_1", "Better now.").completed());
        AgentThread thread = engine.newThread();
        engine.startTurn(thread, "first");
        engine.untilTurnCompleted();

        engine.startTurn(thread, "second");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(TurnStatus.COMPLETED, completedTurn(events).status());
        assertEquals("status:active", describe(events.getFirst()));
    }

    /** What OkHttp said about the cut (its wording is not ours to pin down). */
    private static String disconnectReason(ThreadEvent.Error error) {
        String details = error.failure().additionalDetails();
        String prefix = "stream disconnected before completion: ";
        assertTrue(details.startsWith(prefix), details);
        return details.substring(prefix.length());
    }
}
