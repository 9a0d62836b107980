package dev.codeloop.testkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CodexSchemaTest {

    private static final CodexSchema SCHEMA = CodexSchema.reference();

    /** A real turn/completed from the c_approval_accept transcript. */
    private static ObjectNode turnCompleted() {
        return (ObjectNode) json("""
                {"method":"turn/completed","params":{"threadId":"t1","turn":{"id":"u1","rootTurnId":"u1",
                 "items":[{"type":"agentMessage","moderation":null,"id":"msg_1","text":"Done.","phase":null,
                 "memoryCitation":null,"delivery":null,"questions":null,"startedAtMs":1,"completedAtMs":2}],
                 "itemsView":"summary","status":"completed","error":null,"startedAt":1,"completedAt":2,
                 "durationMs":201}},"emittedAtMs":1795375000948}""");
    }

    @Test
    void realNotificationIsValid() {
        assertEquals(List.of(), SCHEMA.validateServerMessage(turnCompleted(), null));
        SCHEMA.assertValidServerMessage(turnCompleted(), null);
    }

    @Test
    void missingRequiredFieldIsNamed() {
        ObjectNode msg = turnCompleted();
        ((ObjectNode) msg.get("params").get("turn")).remove("status");
        List<SchemaViolation> violations = SCHEMA.validateServerMessage(msg, null);
        assertTrue(violations.contains(new SchemaViolation("/params/turn", "required property 'status' not found")),
                violations.toString());
    }

    @Test
    void wrongEnumValueIsNamed() {
        ObjectNode msg = turnCompleted();
        ((ObjectNode) msg.get("params").get("turn")).put("status", "done");
        List<SchemaViolation> violations = SCHEMA.validateServerMessage(msg, null);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("/params/turn/status", violations.get(0).location());
        assertTrue(violations.get(0).message().contains("enumeration"), violations.toString());
    }

    @Test
    void wrongTypeIsNamed() {
        ObjectNode msg = turnCompleted();
        ((ObjectNode) msg.get("params")).put("threadId", 42);
        assertEquals(List.of(new SchemaViolation("/params/threadId", "integer found, string expected")),
                SCHEMA.validateServerMessage(msg, null));
    }

    @Test
    void emittedAtMsMustBeAnInteger() {
        ObjectNode msg = turnCompleted();
        msg.put("emittedAtMs", "soon");
        assertEquals(List.of(new SchemaViolation("/emittedAtMs", "string found, integer expected")),
                SCHEMA.validateServerMessage(msg, null));
    }

    @Test
    void jsonrpcFieldIsNotCodexWire() {
        ObjectNode msg = turnCompleted();
        msg.put("jsonrpc", "2.0");
        List<SchemaViolation> violations = SCHEMA.validateServerMessage(msg, null);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("/jsonrpc", violations.get(0).location());
    }

    @Test
    void unknownMethodIsAViolationUnlessAllowed() {
        JsonNode msg = json("{\"method\":\"codeloop/hello\",\"params\":{}}");
        List<SchemaViolation> violations = SCHEMA.validateServerMessage(msg, null);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).message().contains("not in Codex reference"), violations.toString());

        CodexSchema extended = SCHEMA.allowingExtensions(Set.of("codeloop/hello"));
        assertEquals(List.of(), extended.validateServerMessage(msg, null));
        assertEquals(List.of(), extended.validateServerMessage(json("{\"id\":3,\"result\":{\"x\":1}}"),
                "codeloop/hello"));
    }

    @Test
    void extensionsDoNotExemptCodexMethods() {
        ObjectNode msg = turnCompleted();
        ((ObjectNode) msg.get("params")).remove("turn");
        CodexSchema extended = SCHEMA.allowingExtensions(Set.of("turn/completed"));
        assertEquals(List.of(new SchemaViolation("/params", "required property 'turn' not found")),
                extended.validateServerMessage(msg, null));
    }

    @Test
    void responseIsCheckedAgainstTheRequestMethod() {
        JsonNode ok = json("{\"id\":7,\"result\":{}}");
        assertEquals(List.of(), SCHEMA.validateServerMessage(ok, "turn/interrupt"));

        JsonNode badTurn = json("{\"id\":7,\"result\":{\"turn\":{\"id\":\"u1\",\"items\":[],\"status\":\"running\"}}}");
        List<SchemaViolation> violations = SCHEMA.validateServerMessage(badTurn, "turn/start");
        assertEquals(List.of("/result/turn/status"), violations.stream().map(SchemaViolation::location).toList());

        JsonNode init = json("{\"id\":0,\"result\":{\"userAgent\":\"x\",\"codexHome\":\"/h\","
                + "\"platformFamily\":\"unix\",\"platformOs\":\"linux\"}}");
        assertEquals(List.of(), SCHEMA.validateServerMessage(init, "initialize"));
        List<SchemaViolation> noHome = SCHEMA.validateServerMessage(
                json("{\"id\":0,\"result\":{\"userAgent\":\"x\"}}"), "initialize");
        assertTrue(noHome.contains(new SchemaViolation("/result", "required property 'codexHome' not found")),
                noHome.toString());
    }

    @Test
    void responseToUnknownOrMissingMethodIsAViolation() {
        JsonNode ok = json("{\"id\":7,\"result\":{}}");
        assertEquals(1, SCHEMA.validateServerMessage(ok, "thread/teleport").size());
        assertEquals(1, SCHEMA.validateServerMessage(ok, null).size());
    }

    @Test
    void errorResponses() {
        assertEquals(List.of(), SCHEMA.validateServerMessage(
                json("{\"id\":3,\"error\":{\"code\":-32601,\"message\":\"no such method\"}}"), "x"));
        assertEquals(List.of(), SCHEMA.validateServerMessage(
                json("{\"id\":null,\"error\":{\"code\":-32700,\"message\":\"parse error\",\"data\":{\"a\":1}}}"),
                null));
        assertEquals(List.of(), SCHEMA.validateServerMessage(
                json("{\"id\":null,\"error\":{\"code\":-32600,\"message\":\"invalid request\"}}"), null));

        List<SchemaViolation> nullId = SCHEMA.validateServerMessage(
                json("{\"id\":null,\"error\":{\"code\":-32603,\"message\":\"internal\"}}"), null);
        assertEquals(List.of("/id"), nullId.stream().map(SchemaViolation::location).distinct().toList());

        List<SchemaViolation> noMessage = SCHEMA.validateServerMessage(
                json("{\"id\":1,\"error\":{\"code\":\"E1\"}}"), null);
        assertTrue(noMessage.contains(new SchemaViolation("/error", "required property 'message' not found")),
                noMessage.toString());
        assertTrue(noMessage.contains(new SchemaViolation("/error/code", "string found, integer expected")),
                noMessage.toString());
    }

    @Test
    void serverRequestIsChecked() {
        JsonNode approval = json("""
                {"method":"item/fileChange/requestApproval","id":0,"params":{"threadId":"t","turnId":"u",
                 "itemId":"call_patch_1","startedAtMs":5,"reason":null,"grantRoot":null}}""");
        assertEquals(List.of(), SCHEMA.validateServerMessage(approval, null));
        ((ObjectNode) approval.get("params")).remove("itemId");
        assertEquals(List.of(new SchemaViolation("/params", "required property 'itemId' not found")),
                SCHEMA.validateServerMessage(approval, null));
    }

    @Test
    void clientMessagesAreChecked() {
        assertEquals(List.of(), SCHEMA.validateClientMessage(json("{\"method\":\"initialized\"}"), null));
        assertEquals(List.of(), SCHEMA.validateClientMessage(
                json("{\"id\":0,\"result\":{\"decision\":\"accept\"}}"), "item/commandExecution/requestApproval"));
        List<SchemaViolation> badDecision = SCHEMA.validateClientMessage(
                json("{\"id\":0,\"result\":{\"decision\":\"maybe\"}}"), "item/fileChange/requestApproval");
        assertTrue(badDecision.stream().anyMatch(v -> v.location().equals("/result/decision")),
                badDecision.toString());
        List<SchemaViolation> noInput = SCHEMA.validateClientMessage(
                json("{\"id\":2,\"method\":\"turn/start\",\"params\":{\"threadId\":\"t\"}}"), null);
        assertEquals(List.of(new SchemaViolation("/params", "required property 'input' not found")), noInput);
    }

    @Test
    void nonMessages() {
        assertEquals(List.of(new SchemaViolation("", "not a JSON object")),
                SCHEMA.validateServerMessage(json("[1,2]"), null));
        assertEquals(1, SCHEMA.validateServerMessage(json("{\"id\":1}"), null).size());
        assertEquals(1, SCHEMA.validateServerMessage(json("{\"id\":1,\"result\":{},\"error\":{}}"), null).size());
    }

    @Test
    void assertionListsMessageAndEveryViolation() {
        ObjectNode msg = turnCompleted();
        ((ObjectNode) msg.get("params")).put("threadId", 42);
        msg.put("jsonrpc", "2.0");
        AssertionError error = assertThrows(AssertionError.class, () -> SCHEMA.assertValidServerMessage(msg, null));
        assertTrue(error.getMessage().contains("\"jsonrpc\":\"2.0\""), error.getMessage());
        assertTrue(error.getMessage().contains("/params/threadId: integer found"), error.getMessage());
        assertTrue(error.getMessage().contains("/jsonrpc: unexpected top-level field"), error.getMessage());
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
