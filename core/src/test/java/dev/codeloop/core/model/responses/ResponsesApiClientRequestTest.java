package dev.codeloop.core.model.responses;

import static dev.codeloop.core.model.responses.ClientFixture.client;
import static dev.codeloop.core.model.responses.ClientFixture.request;
import static dev.codeloop.core.model.responses.ClientFixture.streamAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HTTP request the client sends: the Responses API body, headers, and a cache-friendly input. */
class ResponsesApiClientRequestTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ToolSpec SHELL = new ToolSpec.Function("shell_command", "Runs a command.",
            ClientFixture.MAPPER.createObjectNode().put("type", "object"));
    private static final ToolSpec PATCH = new ToolSpec.Freeform("apply_patch", "Edits files.", "lark", "start: x");

    private final ScriptedModelServer server = ScriptedModelServer.start();
    private final ResponsesApiClient client = client(server.baseUrl(), 0);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void bodyHasTheResponsesApiFields() throws Exception {
        server.enqueue(Sse.response("r1").completed());

        streamAll(client, request(List.of(ResponseItem.Message.userText("hello")), List.of(SHELL, PATCH)));

        RecordedModelRequest recorded = server.takeRequest(WAIT);
        JsonNode body = recorded.body();
        assertEquals("POST", recorded.method());
        assertEquals("/v1/responses", recorded.path());
        assertEquals("gpt-5.5", body.path("model").asString());
        assertEquals("You are a test.", body.path("instructions").asString());
        assertEquals("""
                [{"type":"message","role":"user","content":[{"type":"input_text","text":"hello"}]}]""",
                ClientFixture.MAPPER.writeValueAsString(body.path("input")));
        assertEquals("function", body.path("tools").path(0).path("type").asString());
        assertEquals("shell_command", body.path("tools").path(0).path("name").asString());
        assertEquals("custom", body.path("tools").path(1).path("type").asString());
        assertEquals("lark", body.path("tools").path(1).path("format").path("syntax").asString());
        assertEquals("auto", body.path("tool_choice").asString());
        assertFalse(body.path("store").asBoolean(true));
        assertTrue(body.path("stream").asBoolean(false));
        assertEquals(ClientFixture.CACHE_KEY, body.path("prompt_cache_key").asString());
        assertEquals("reasoning.encrypted_content", body.path("include").path(0).asString());
    }

    @Test
    void headersCarryTheBearerTokenAndAcceptSse() throws Exception {
        server.enqueue(Sse.response("r1").completed());

        streamAll(client, request(List.of(ResponseItem.Message.userText("hello"))));

        RecordedModelRequest recorded = server.takeRequest(WAIT);
        assertEquals("Bearer " + ClientFixture.API_KEY, recorded.header("Authorization"));
        assertEquals("text/event-stream", recorded.header("Accept"));
        assertEquals("codeloop-test/0", recorded.header("User-Agent"));
    }

    @Test
    void extendedHistorySerializesAsAnExactTextualPrefixExtension() throws Exception {
        server.enqueue(Sse.response("r1").completed(), Sse.response("r2").completed());
        List<ResponseItem> history = new ArrayList<>(List.of(
                ResponseItem.Message.developerText("be \"careful\" — ünïcödé\n"),
                ResponseItem.Message.userText("run it"),
                new ResponseItem.Reasoning("rs_1", List.of("why"), "opaque=="),
                new ResponseItem.FunctionCall("call_1", "shell_command", "{\"command\":\"echo hi\"}")));
        streamAll(client, request(List.copyOf(history), List.of(SHELL, PATCH)));
        history.add(new ResponseItem.FunctionCallOutput("call_1", "Exit code: 0\nOutput:\nhi\n"));
        history.add(ResponseItem.Message.assistantText("It printed hi."));
        streamAll(client, request(List.copyOf(history), List.of(SHELL, PATCH)));

        String first = RequestText.inputArray(server.takeRequest(WAIT).bodyText());
        String second = RequestText.inputArray(server.takeRequest(WAIT).bodyText());
        RequestText.assertPrefixExtension(first, second);
    }
}
