package dev.codeloop.testkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SseStreamBuilderTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void messageWritesTheFullEventSequenceAndCompletedListsTheItem() {
        SseStream stream = Sse.response("resp_1").message("msg_1", "Hello ", "world.").completed();

        assertEquals(List.of("response.created", "response.output_item.added", "response.content_part.added",
                "response.output_text.delta", "response.output_text.delta", "response.output_text.done",
                "response.content_part.done", "response.output_item.done", "response.completed"), names(stream));
        List<JsonNode> data = payloads(stream);
        for (int i = 0; i < data.size(); i++) {
            assertEquals(i, data.get(i).path("sequence_number").asInt(), "sequence_number of event " + i);
            assertEquals(stream.events().get(i).name(), data.get(i).path("type").asString());
        }
        assertEquals("in_progress", data.get(0).path("response").path("status").asString());
        assertEquals("world.", data.get(4).path("delta").asString());
        assertEquals("msg_1", data.get(4).path("item_id").asString());
        JsonNode doneItem = data.get(7).path("item");
        assertEquals("completed", doneItem.path("status").asString());
        assertEquals("Hello world.", doneItem.path("content").path(0).path("text").asString());

        JsonNode completed = data.get(8).path("response");
        assertEquals("completed", completed.path("status").asString());
        assertEquals(doneItem, completed.path("output").path(0));
        assertEquals(100, completed.path("usage").path("input_tokens").asInt());
        assertEquals(10, completed.path("usage").path("output_tokens").asInt());
        assertEquals(110, completed.path("usage").path("total_tokens").asInt());
        assertEquals(0, completed.path("usage").path("input_tokens_details").path("cached_tokens").asInt());
    }

    @Test
    void reasoningFunctionAndCustomToolCallsGetTheirOwnOutputIndexes() {
        SseStream stream = Sse.response("resp_2")
                .reasoning("rs_1", "Thinking ", "hard")
                .functionCall("call_1", "shell_command", "{\"command\":\"ls\"}")
                .customToolCall("call_2", "apply_patch", "*** Begin Patch\n*** End Patch")
                .completed(new Usage(5, 2, 7, 3, 12));
        List<JsonNode> data = payloads(stream);

        JsonNode reasoningDone = find(data, "response.output_item.done", 0).path("item");
        assertEquals("reasoning", reasoningDone.path("type").asString());
        assertEquals("Thinking hard", reasoningDone.path("summary").path(0).path("text").asString());
        assertTrue(reasoningDone.path("encrypted_content").isString());
        assertEquals(List.of("Thinking ", "hard"), data.stream()
                .filter(d -> d.path("type").asString().equals("response.reasoning_summary_text.delta"))
                .map(d -> d.path("delta").asString()).toList());

        JsonNode callAdded = find(data, "response.output_item.added", 1).path("item");
        assertEquals("fc_call_1", callAdded.path("id").asString());
        assertEquals("", callAdded.path("arguments").asString());
        JsonNode callDone = find(data, "response.output_item.done", 1).path("item");
        assertEquals("{\"command\":\"ls\"}", callDone.path("arguments").asString());
        assertEquals("shell_command", callDone.path("name").asString());
        assertEquals("call_1", callDone.path("call_id").asString());

        JsonNode customDone = find(data, "response.output_item.done", 2).path("item");
        assertEquals("custom_tool_call", customDone.path("type").asString());
        assertEquals("ctc_call_2", customDone.path("id").asString());
        assertEquals("*** Begin Patch\n*** End Patch", customDone.path("input").asString());

        JsonNode response = data.getLast().path("response");
        assertEquals(3, response.path("output").size());
        assertEquals(3, response.path("usage").path("output_tokens_details").path("reasoning_tokens").asInt());
        assertEquals(12, response.path("usage").path("total_tokens").asInt());
    }

    @Test
    void failureEndingsCarryTheirErrors() {
        JsonNode failed = payloads(Sse.response("r").failed("server_error", "boom")).getLast();
        assertEquals("failed", failed.path("response").path("status").asString());
        assertEquals("boom", failed.path("response").path("error").path("message").asString());

        JsonNode incomplete = payloads(Sse.response("r").incomplete("max_output_tokens")).getLast();
        assertEquals("max_output_tokens",
                incomplete.path("response").path("incomplete_details").path("reason").asString());

        JsonNode error = payloads(Sse.response("r").error("rate_limit_exceeded", "slow down")).getLast();
        assertEquals("error", error.path("type").asString());
        assertEquals("rate_limit_exceeded", error.path("code").asString());
    }

    @Test
    void describeIsReadable() {
        SseStream stream = Sse.response("resp_3").message("msg_1", "a", "b", "c")
                .eventDelay(Duration.ofMillis(2)).pause(Duration.ofSeconds(1)).cutBeforeCompletion();
        assertEquals("SSE resp_3: created, output_item.added, content_part.added, output_text.delta×3,"
                + " output_text.done, content_part.done, output_item.done, pause 1s → connection cut"
                + " (event delay 2ms)", stream.describe());
        assertEquals("HTTP 429 [Retry-After: 1] \"slow\"",
                HttpError.status(429).header("Retry-After", "1").message("slow").describe());
    }

    @Test
    void aBuilderIsSpentOnceItsStreamIsBuilt() {
        SseStreamBuilder builder = Sse.response("resp_4");
        builder.completed();
        assertThrows(IllegalStateException.class, () -> builder.message("m", "x"));
    }

    @Test
    void multiLineRawDataIsSplitIntoDataLines() {
        assertEquals("event: x\ndata: a\ndata: b\n\n", new SseEvent("x", "a\nb").wireText());
        assertEquals("data: {}\n\n", new SseEvent(null, "{}").wireText());
    }

    private static List<String> names(SseStream stream) {
        return stream.events().stream().map(SseEvent::name).toList();
    }

    private static List<JsonNode> payloads(SseStream stream) {
        return stream.events().stream().map(event -> MAPPER.readTree(event.data())).toList();
    }

    private static JsonNode find(List<JsonNode> data, String type, int outputIndex) {
        return data.stream()
                .filter(d -> d.path("type").asString().equals(type) && d.path("output_index").asInt() == outputIndex)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " at output_index " + outputIndex));
    }
}
