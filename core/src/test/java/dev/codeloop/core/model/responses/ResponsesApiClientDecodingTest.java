package dev.codeloop.core.model.responses;

import static dev.codeloop.core.model.responses.ClientFixture.client;
import static dev.codeloop.core.model.responses.ClientFixture.hello;
import static dev.codeloop.core.model.responses.ClientFixture.streamAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.model.ModelEvent;
import dev.codeloop.core.model.ModelEvent.OutputKind;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Usage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** What a streamed Responses API answer becomes, event by event. */
class ResponsesApiClientDecodingTest {

    private final ScriptedModelServer server = ScriptedModelServer.start();
    private final ResponsesApiClient client = client(server.baseUrl(), 0);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void streamedAnswerYieldsEventsInOrder() throws Exception {
        server.enqueue(Sse.response("r1").message("msg_1", "Hello ", "world.").completed(new Usage(120, 20, 7, 3, 127)));

        List<ModelEvent> events = streamAll(client, hello());

        assertEquals(List.of(
                new ModelEvent.Created("r1"),
                new ModelEvent.OutputItemAdded(OutputKind.MESSAGE, "msg_1"),
                new ModelEvent.TextDelta("msg_1", "Hello "),
                new ModelEvent.TextDelta("msg_1", "world."),
                new ModelEvent.OutputItemDone("msg_1", ResponseItem.Message.assistantText("Hello world.")),
                new ModelEvent.Completed("r1", new TokenUsage(120, 20, 7, 3, 127))), events);
    }

    @Test
    void reasoningStreamsSummaryAndKeepsEncryptedContent() throws Exception {
        server.enqueue(Sse.response("r1").reasoning("rs_1", "Thinking ", "hard").message("msg_1", "Done.").completed());

        List<ModelEvent> events = streamAll(client, hello());

        assertEquals(List.of(
                new ModelEvent.Created("r1"),
                new ModelEvent.OutputItemAdded(OutputKind.REASONING, "rs_1"),
                new ModelEvent.ReasoningSummaryPartAdded("rs_1", 0),
                new ModelEvent.ReasoningSummaryDelta("rs_1", 0, "Thinking "),
                new ModelEvent.ReasoningSummaryDelta("rs_1", 0, "hard"),
                new ModelEvent.OutputItemDone("rs_1",
                        new ResponseItem.Reasoning("rs_1", List.of("Thinking hard"), "opaque-encrypted-rs_1")),
                new ModelEvent.OutputItemAdded(OutputKind.MESSAGE, "msg_1"),
                new ModelEvent.TextDelta("msg_1", "Done."),
                new ModelEvent.OutputItemDone("msg_1", ResponseItem.Message.assistantText("Done.")),
                new ModelEvent.Completed("r1", new TokenUsage(100, 0, 10, 0, 110))), events);
    }

    @Test
    void functionAndCustomToolCallsDecodeToTheirHistoryItems() throws Exception {
        String patch = "*** Begin Patch\n*** Add File: a.txt\n+hi\n*** End Patch";
        server.enqueue(Sse.response("r1")
                .functionCall("call_1", "shell_command", "{\"command\":\"echo hi\"}")
                .customToolCall("call_2", "apply_patch", patch)
                .completed());

        List<ModelEvent> events = streamAll(client, hello());

        assertEquals(List.of(
                new ModelEvent.Created("r1"),
                new ModelEvent.OutputItemAdded(OutputKind.FUNCTION_CALL, "fc_call_1"),
                new ModelEvent.OutputItemDone("fc_call_1",
                        new ResponseItem.FunctionCall("call_1", "shell_command", "{\"command\":\"echo hi\"}")),
                new ModelEvent.OutputItemAdded(OutputKind.CUSTOM_TOOL_CALL, "ctc_call_2"),
                new ModelEvent.OutputItemDone("ctc_call_2", new ResponseItem.CustomToolCall("call_2", "apply_patch", patch)),
                new ModelEvent.Completed("r1", new TokenUsage(100, 0, 10, 0, 110))), events);
    }

    @Test
    void unknownEventsAndItemsAreSkipped() throws Exception {
        server.enqueue(Sse.response("r1")
                .rawEvent("response.something_new", "{\"type\":\"response.something_new\"}")
                .item(webSearchCall(), webSearchCall())
                .message("msg_1", "ok")
                .completed());

        List<ModelEvent> events = streamAll(client, hello());

        assertEquals(List.of(
                new ModelEvent.Created("r1"),
                new ModelEvent.OutputItemAdded(OutputKind.OTHER, "ws_1"),
                new ModelEvent.OutputItemAdded(OutputKind.MESSAGE, "msg_1"),
                new ModelEvent.TextDelta("msg_1", "ok"),
                new ModelEvent.OutputItemDone("msg_1", ResponseItem.Message.assistantText("ok")),
                new ModelEvent.Completed("r1", new TokenUsage(100, 0, 10, 0, 110))), events);
    }

    private static ObjectNode webSearchCall() {
        return ClientFixture.MAPPER.createObjectNode().put("id", "ws_1").put("type", "web_search_call");
    }
}
