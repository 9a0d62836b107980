package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input gets a clear JSON-RPC error and the server keeps serving. */
class BadInputIT {

    @Test
    void requestsBeforeInitializeAreRefusedAndASecondInitializeToo() {
        try (ServerFixture f = ServerFixture.start()) {
            JsonNode early = f.call("thread/start", Json.object());
            assertEquals(-32600, early.at("/error/code").asInt());
            assertEquals("Not initialized", early.at("/error/message").stringValue());

            f.initialized();
            JsonNode again = f.call("initialize", Json.object("clientInfo", Json.object("name", "x", "version", "1")));
            assertEquals(-32600, again.at("/error/code").asInt());
            assertEquals("Already initialized", again.at("/error/message").stringValue());
            assertServesTurns(f);
        }
    }

    @Test
    void malformedJsonGetsParseErrorWithNullId() {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.server.sendRaw("{\"id\": 7, \"method\": \"thread/start\", \"params\": {");
            JsonNode error = f.server.nextMessage();
            assertEquals(-32700, error.at("/error/code").asInt());
            assertTrue(error.get("id").isNull());
            f.server.sendRaw("[1, 2, 3]");
            assertEquals(-32600, f.server.nextMessage().at("/error/code").asInt());
            assertServesTurns(f);
        }
    }

    @Test
    void unknownMethodGetsMethodNotFound() {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            JsonNode error = f.call("thread/teleport", Json.object());
            assertEquals(-32601, error.at("/error/code").asInt());
            assertTrue(error.at("/error/message").stringValue().contains("thread/teleport"));
            assertServesTurns(f);
        }
    }

    @Test
    void wrongParamsGetInvalidParamsNamingTheField() {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            JsonNode badEnum = f.call("thread/start", Json.object("approvalPolicy", "sometimes"));
            assertEquals(-32602, badEnum.at("/error/code").asInt());
            assertTrue(badEnum.at("/error/message").stringValue().contains("approvalPolicy"),
                    badEnum.at("/error/message").stringValue());

            JsonNode missing = f.call("turn/start", Json.object("input", List.of()));
            assertEquals(-32602, missing.at("/error/code").asInt());
            assertTrue(missing.at("/error/message").stringValue().contains("threadId"));

            JsonNode wrongType = f.call("turn/start", Json.object("threadId", "t", "input", "hello"));
            assertEquals(-32602, wrongType.at("/error/code").asInt());
            assertTrue(wrongType.at("/error/message").stringValue().contains("input"),
                    wrongType.at("/error/message").stringValue());

            JsonNode badItem = f.call("turn/start", Json.object("threadId", "t",
                    "input", List.of(java.util.Map.of("type", "hologram"))));
            assertEquals(-32602, badItem.at("/error/code").asInt());
            assertTrue(badItem.at("/error/message").stringValue().contains("input[0]"),
                    badItem.at("/error/message").stringValue());

            JsonNode unknownThread = f.call("thread/read", Json.object("threadId", "no-such-thread"));
            assertEquals(-32600, unknownThread.at("/error/code").asInt());
            assertServesTurns(f);
        }
    }

    @Test
    void oversizedLineIsRefusedWithoutKillingTheServer() {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            String huge = "{\"id\":99,\"method\":\"thread/start\",\"params\":{\"cwd\":\"" + "x".repeat(17 * 1024 * 1024)
                    + "\"}}";
            f.server.sendRaw(huge);
            JsonNode error = f.server.nextMessage(Duration.ofSeconds(30));
            assertEquals(-32600, error.at("/error/code").asInt());
            assertTrue(error.at("/error/message").stringValue().contains("too large"));
            assertServesTurns(f);
        }
    }

    @Test
    void jsonrpcMemberIsAcceptedButNeverWritten() {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.server.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"thread/start\",\"params\":{\"cwd\":\""
                    + f.workspace + "\"}}");
            JsonNode response = f.server.awaitResponse(42);
            assertTrue(response.has("result"));
            assertTrue(!response.has("jsonrpc"));
            assertServesTurns(f);
        }
    }

    @Test
    void stringIdsAreEchoedAsStrings() {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            f.server.sendRaw("{\"id\":\"abc\",\"method\":\"thread/teleport\"}");
            JsonNode error = f.server.nextMessage();
            assertEquals("abc", error.get("id").stringValue());
        }
    }

    /** After whatever came before, a whole turn still works. */
    private static void assertServesTurns(ServerFixture f) {
        f.model.enqueue(Sse.response("resp_ok").message("msg_ok", "Still here.").completed());
        String threadId = f.startThread();
        List<JsonNode> turn = f.runTurn(threadId, "Are you alive?");
        assertEquals("completed", turn.get(turn.size() - 1).at("/params/turn/status").stringValue());
        assertTrue(Messages.labels(turn).contains("item/agentMessage/delta"));
    }
}
