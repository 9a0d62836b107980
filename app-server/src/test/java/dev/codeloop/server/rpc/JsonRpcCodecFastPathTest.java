package dev.codeloop.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.codeloop.protocol.initialize.ClientInfo;
import dev.codeloop.protocol.initialize.InitializeCapabilities;
import dev.codeloop.protocol.initialize.InitializeParams;
import dev.codeloop.protocol.initialize.InitializeResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The codec's Jackson-free path for the first messages must read and write exactly what databind would. */
class JsonRpcCodecFastPathTest {


    @Test
    void initializeParamsReadWithoutJacksonMatchDatabind() throws Exception {
        String line = "{\"id\":7,\"method\":\"initialize\",\"params\":{\"clientInfo\":{\"name\":\"ide\\u0021\","
                + "\"title\":\"An \\\"IDE\\\"\",\"version\":\"1.2\"},\"capabilities\":{\"experimentalApi\":true,"
                + "\"optOutNotificationMethods\":[\"item/agentMessage/delta\"]},\"extra\":[1,{\"x\":null}]}}";
        RequestMessage request = assertInstanceOf(RequestMessage.class, JsonRpcCodec.tryStreaming(line));
        assertEquals(Either.forRight(7L), request.getRawId());
        assertEquals("initialize", request.getMethod());
        InitializeParams expected = DatabindWire.MAPPER.treeToValue(
                DatabindWire.MAPPER.readTree(line).get("params"), InitializeParams.class);
        assertEquals(expected, request.getParams());
        assertEquals(new InitializeParams(new ClientInfo("ide!", "An \"IDE\"", "1.2"),
                new InitializeCapabilities(true, List.of("item/agentMessage/delta"))), request.getParams());
    }

    @Test
    void paramlessNotificationsAndStringIdsAreRead() {
        NotificationMessage initialized = assertInstanceOf(NotificationMessage.class,
                JsonRpcCodec.tryStreaming("{\"method\":\"initialized\"}"));
        assertEquals("initialized", initialized.getMethod());
        assertNull(initialized.getParams());
        RequestMessage request = assertInstanceOf(RequestMessage.class,
                JsonRpcCodec.tryStreaming(" {\"id\":\"a\",\"method\":\"initialize\",\"params\":null} "));
        assertEquals(Either.forLeft("a"), request.getRawId());
        assertEquals(new InitializeParams(null, null), request.getParams());
    }

    /** Anything unusual goes to databind, which reports errors precisely; the fast path never guesses. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":1,\"method\":\"thread/start\",\"params\":{}}",
        "{\"id\":1,\"method\":\"initialize\",\"params\":{\"clientInfo\":{\"name\":5}}}",
        "{\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{\"experimentalApi\":\"yes\"}}}",
        "{\"id\":1,\"method\":\"initialize\",\"params\":[]}",
        "{\"id\":1.5,\"method\":\"initialize\"}",
        "{\"id\":12345678901234567890,\"method\":\"initialize\"}",
        "{\"id\":01,\"method\":\"initialize\"}",
        "{\"id\":1,\"method\":\"initialize\",}",
        "{\"id\":1,\"method\":\"initialize\"} trailing",
        "{\"id\":1,\"method\":\"init\u0001ialize\"}",
        "{\"id\":1,\"method\":\"initialize\",\"params\":{\"clientInfo\":{\"name\":\"\\x\"}}}",
        "{\"id\":1,\"result\":{}}",
        "{\"id\":1}",
        "[1,2]",
        "",
        "{\"id\":1,\"method\":\"initialize\""
    })
    void leavesEverythingElseToDatabind(String line) {
        assertNull(JsonRpcCodec.tryStreaming(line));
    }

    @Test
    void initializeAnswerIsWrittenAsDatabindWouldWriteIt() throws Exception {
        InitializeResponse result = new InitializeResponse("codeloop/0.1.0 (linux; amd64) a\"b\\c\u0001\t/1",
                "/home/ü/.codeloop", "unix", "linux", null);
        ResponseMessage response = new ResponseMessage();
        response.setRawId(Either.forRight(3L));
        response.setResult(result);
        String line = new String(JsonRpcCodec.write(response, 0), StandardCharsets.UTF_8);
        String expected = "{\"id\":3,\"result\":" + DatabindWire.MAPPER.writeValueAsString(result) + "}\n";
        assertEquals(expected, line);
        JsonNode parsed = DatabindWire.MAPPER.readTree(line);
        assertEquals(result.userAgent(), parsed.get("result").get("userAgent").asString());
    }
}
