package dev.codeloop.core.thread;

import static dev.codeloop.core.thread.ScriptedEngine.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnSnapshot.ItemsView;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.model.Usage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A turn whose model answers with text only: the events a client sees, in order, and the request sent. */
class PlainTurnTest {

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
    void plainAnswerEmitsTheTurnEventsInOrder() throws Exception {
        engine.server.enqueue(Sse.response("r1").message("msg_1", "Hello ", "world.").completed(Usage.of(100, 10)));
        AgentThread thread = engine.newThread();

        String turnId = engine.startTurn(thread, "Say hello");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                "itemStarted:agentMessage", "delta", "delta", "itemCompleted:agentMessage", "tokenUsage",
                "status:idle", "turnCompleted:COMPLETED"), describe(events));
        assertEquals(new ThreadRuntimeStatus.Active(false), ((ThreadEvent.StatusChanged) events.get(0)).status());
        assertEquals(turnId, ((ThreadEvent.TurnStarted) events.get(1)).turn().id());

        Item.UserMessage user = (Item.UserMessage) ((ThreadEvent.ItemCompleted) events.get(3)).item();
        assertEquals(List.of(new UserContent.Text("Say hello")), user.content());

        assertEquals("msg_1", ((ThreadEvent.ItemStarted) events.get(4)).item().id());
        assertEquals("Hello ", ((ThreadEvent.AgentMessageDelta) events.get(5)).delta());
        assertEquals("world.", ((ThreadEvent.AgentMessageDelta) events.get(6)).delta());
        Item.AgentMessage answer = (Item.AgentMessage) ((ThreadEvent.ItemCompleted) events.get(7)).item();
        assertEquals("msg_1", answer.id());
        assertEquals("Hello world.", answer.text());

        ThreadEvent.TokenUsageUpdated usage = (ThreadEvent.TokenUsageUpdated) events.get(8);
        assertEquals(new TokenUsage(100, 0, 10, 0, 110), usage.last());
        assertEquals(new TokenUsage(100, 0, 10, 0, 110), usage.total());

        ThreadEvent.TurnCompleted completed = (ThreadEvent.TurnCompleted) events.get(10);
        assertEquals(turnId, completed.turn().id());
        assertEquals(TurnStatus.COMPLETED, completed.turn().status());
        assertEquals(ItemsView.SUMMARY, completed.turn().itemsView());
        assertEquals(List.of(answer), completed.turn().items());
        assertNull(completed.turn().error());
    }

    @Test
    void firstRequestCarriesContextThenTheUserMessage() throws Exception {
        engine.server.enqueue(Sse.response("r1").message("msg_1", "Hi.").completed());
        AgentThread thread = engine.newThread();

        engine.startTurn(thread, "Say hello");
        engine.untilTurnCompleted();

        JsonNode body = engine.takeRequest().body();
        JsonNode input = body.path("input");
        assertEquals("gpt-5.5", body.path("model").asString());
        assertEquals(thread.id(), body.path("prompt_cache_key").asString());
        assertEquals("shell_command", body.path("tools").path(0).path("name").asString());
        assertEquals("developer", input.path(0).path("role").asString());
        assertTrue(input.path(1).path("content").path(0).path("text").asString().contains(engine.cwd.toString()),
                "the environment context names the cwd");
        JsonNode last = input.path(input.size() - 1);
        assertEquals("user", last.path("role").asString());
        assertEquals("Say hello", last.path("content").path(0).path("text").asString());
    }

    @Test
    void tokenUsageAddsUpOverTheThreadsTurns() throws Exception {
        engine.server.enqueue(Sse.response("r1").message("msg_1", "One.").completed(Usage.of(100, 10)),
                Sse.response("r2").message("msg_2", "Two.").completed(Usage.of(150, 20)));
        AgentThread thread = engine.newThread();
        engine.startTurn(thread, "one");
        engine.untilTurnCompleted();

        engine.startTurn(thread, "two");
        ThreadEvent.TokenUsageUpdated usage = engine.awaitEvent(ThreadEvent.TokenUsageUpdated.class);

        assertEquals(new TokenUsage(150, 0, 20, 0, 170), usage.last());
        assertEquals(new TokenUsage(250, 0, 30, 0, 280), usage.total());
        assertInstanceOf(ThreadEvent.TurnCompleted.class, engine.untilTurnCompleted().getLast());
    }

    @Test
    void reasoningShowsAsAReasoningItemBeforeTheAnswer() throws Exception {
        engine.server.enqueue(Sse.response("r1").reasoning("rs_1", "Thinking ", "it over").message("msg_1", "Done.")
                .completed());
        AgentThread thread = engine.newThread();

        engine.startTurn(thread, "Think");
        List<ThreadEvent> events = engine.untilTurnCompleted();

        assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                "itemStarted:reasoning", "reasoningPart", "reasoningDelta", "reasoningDelta", "itemCompleted:reasoning",
                "itemStarted:agentMessage", "delta", "itemCompleted:agentMessage", "tokenUsage", "status:idle",
                "turnCompleted:COMPLETED"), describe(events));
        Item.Reasoning reasoning = (Item.Reasoning) ((ThreadEvent.ItemCompleted) events.get(8)).item();
        assertEquals(List.of("Thinking it over"), reasoning.summary());
    }
}
