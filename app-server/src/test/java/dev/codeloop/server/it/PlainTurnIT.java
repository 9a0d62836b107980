package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlainTurnIT {

    @Test
    void plainAnswerStreamsInCodexOrderAndThreadReadReturnsIt() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "Hello", ", ", "world", ".").completed());
            String threadId = f.startThread();

            List<JsonNode> turn = f.runTurn(threadId, "Say hello.");

            assertEquals(Sequences.codexTurn("a_plain", 0), Sequences.normalize(turn));
            JsonNode completed = ServerFixture.params(turn.get(turn.size() - 1));
            assertEquals("completed", completed.at("/turn/status").stringValue());
            assertEquals("summary", completed.at("/turn/itemsView").stringValue());
            assertEquals("Hello, world.", completed.at("/turn/items/0/text").stringValue());
            List<JsonNode> deltas = ServerFixture.withMethod(turn, "item/agentMessage/delta");
            assertEquals(List.of("Hello", ", ", "world", "."),
                    deltas.stream().map(d -> d.at("/params/delta").stringValue()).toList());
            JsonNode usage = ServerFixture.params(ServerFixture.withMethod(turn, "thread/tokenUsage/updated").get(0));
            assertEquals(110, usage.at("/tokenUsage/total/totalTokens").asInt());

            JsonNode read = f.server.requestResult("thread/read", Json.object("threadId", threadId,
                    "includeTurns", true));
            assertEquals("Say hello.", read.at("/thread/preview").stringValue());
            JsonNode items = read.at("/thread/turns/0/items");
            assertEquals("userMessage", items.get(0).get("type").stringValue());
            assertEquals("agentMessage", items.get(1).get("type").stringValue());
            assertEquals("Hello, world.", items.get(1).get("text").stringValue());
        }
    }

    @Test
    void modelRequestIsStatelessCachedAndCarriesTheUserText() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "One.").completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Two.").completed());
            String threadId = f.startThread();
            f.runTurn(threadId, "First question");
            f.runTurn(threadId, "Second question");

            RecordedModelRequest first = f.model.takeRequest(Duration.ofSeconds(10));
            RecordedModelRequest second = f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode body = first.body();
            assertEquals("gpt-5.5", body.get("model").stringValue());
            assertFalse(body.get("store").asBoolean(true));
            assertTrue(body.get("stream").asBoolean());
            assertEquals(threadId, body.get("prompt_cache_key").stringValue());
            assertEquals("Bearer test-key", first.header("Authorization"));
            assertTrue(body.get("instructions").stringValue().contains("Codeloop"));
            assertTrue(body.get("tools").toString().contains("shell_command"));
            JsonNode lastInput = body.get("input").get(body.get("input").size() - 1);
            assertEquals("First question", lastInput.at("/content/0/text").stringValue());

            String firstInput = Json.compact(first.body().get("input"));
            String secondInput = Json.compact(second.body().get("input"));
            assertTrue(secondInput.startsWith(firstInput.substring(0, firstInput.length() - 1)),
                    "the second request's input must extend the first one's exactly");
            assertEquals(threadId, second.body().get("prompt_cache_key").stringValue());
            assertTrue(secondInput.contains("\"One.\"") && secondInput.endsWith("Second question\"}]}]"));
        }
    }

    @Test
    void reasoningSummaryStreamsAsReasoningItem() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.model.enqueue(Sse.response("resp_1").reasoning("rs_1", "Checking ", "the files").message("msg_1", "Done.")
                    .completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Think first.");

            List<String> labels = Sequences.normalize(turn);
            assertTrue(labels.containsAll(List.of("item/reasoning/summaryPartAdded", "item/reasoning/summaryTextDelta*")),
                    labels.toString());
            JsonNode reasoning = ServerFixture.withMethod(turn, "item/completed").stream()
                    .map(m -> m.at("/params/item")).filter(i -> i.get("type").stringValue().equals("reasoning"))
                    .findFirst().orElseThrow();
            assertEquals("Checking the files", reasoning.at("/summary/0").stringValue());
        }
    }
}
