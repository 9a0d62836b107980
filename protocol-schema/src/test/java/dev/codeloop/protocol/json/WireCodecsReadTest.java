package dev.codeloop.protocol.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.json.JsonTrees;
import dev.codeloop.protocol.approval.CommandExecutionRequestApprovalResponse;
import dev.codeloop.protocol.approval.FileChangeRequestApprovalParams;
import dev.codeloop.protocol.approval.ServerRequestResolvedNotification;
import dev.codeloop.protocol.item.ItemCompletedNotification;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.thread.CwdFilter;
import dev.codeloop.protocol.thread.ThreadArchiveParams;
import dev.codeloop.protocol.thread.ThreadInfo;
import dev.codeloop.protocol.thread.ThreadListParams;
import dev.codeloop.protocol.thread.ThreadLoadedListParams;
import dev.codeloop.protocol.thread.ThreadReadParams;
import dev.codeloop.protocol.thread.ThreadSetNameResponse;
import dev.codeloop.protocol.thread.ThreadStartParams;
import dev.codeloop.protocol.thread.ThreadStatus;
import dev.codeloop.protocol.thread.ThreadStatusChangedNotification;
import dev.codeloop.protocol.thread.ThreadTokenUsage;
import dev.codeloop.protocol.turn.ErrorNotification;
import dev.codeloop.protocol.turn.TurnStartParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reading odd and wrong JSON: where databind coerces, we coerce alike (or, for the few documented cases in
 * {@link WireCodecs}, refuse); where it fails, we fail with a {@link WireFormatException} naming the path.
 */
class WireCodecsReadTest {

    // ------------------------------------------------------------------------------------- coercions vs databind

    private record Input(Class<?> type, String json) {
    }

    private static final List<Input> SAME_AS_DATABIND = new ArrayList<>();

    private static void same(Class<?> type, String... jsons) {
        for (String json : jsons) {
            SAME_AS_DATABIND.add(new Input(type, json));
        }
    }

    static {
        Class<?> limit = ThreadLoadedListParams.class;
        for (String v : List.of("5", "\"5\"", "5.0", "1e2", "-0", "\"\"", "\"  \"", "\"null\"", "\"+5\"", "\"-5\"",
                "\" 5\"", "\"\\t5\\n\"", "true", "\"x\"", "[1]", "{}", "99999999999", "\"99999999999\"", "\"5.5\"",
                "\"5.0\"", "\"1e2\"", "\"0x10\"", "\"1_000\"", "1e20", "null", "-2147483648", "2147483648")) {
            same(limit, "{\"limit\":" + v + "}");
        }
        for (String v : List.of("5", "true", "false", "1.5", "1e2", "0.1", "-0.0", "123456789012345678901234567890",
                "\"null\"", "{}", "[]", "[\"a\"]", "null", "\"\"")) {
            same(limit, "{\"cursor\":" + v + "}");
        }
        for (String v : List.of("\"5\"", "null", "\"\"", "true", "99999999999999999999", "\"99999999999\"", "5.0",
                "1e20", "\"  \"", "\"null\"", "9223372036854775807", "-9223372036854775808")) {
            same(FileChangeRequestApprovalParams.class, "{\"startedAtMs\":" + v + "}");
        }
        for (String v : List.of("true", "\"true\"", "1", "0", "2", "-1", "\"\"", "\"yes\"", "\"True\"", "\"TRUE\"",
                "\"tRUE\"", "\"False\"", "\"FALSE\"", "\" true \"", "\"null\"", "\"1\"", "\"0\"", "1.0",
                "99999999999", "99999999999999999999999", "\"  \"", "[]", "{}")) {
            same(ThreadReadParams.class, "{\"includeTurns\":" + v + "}");
            same(ThreadInfo.class, "{\"ephemeral\":" + v + "}");
        }
        for (String v : List.of("\"never\"", "\"sometimes\"", "\"NEVER\"", "\"\"", "null", "{}", "[]", "\"never \"",
                "\" never\"", "true", "1.0", "5", "\"5\"", "-1", "\"null\"")) {
            same(ThreadStartParams.class, "{\"approvalPolicy\":" + v + "}");
        }
        for (String v : List.of("\"\"", "[]", "5", "null", "{}",
                "{\"a\":[1,2.5,99999999999,{\"b\":null}],\"c\":123456789012345678901234567890,\"d\":\"x\"}")) {
            same(ThreadStartParams.class, "{\"config\":" + v + "}");
        }
        for (String v : List.of("\"hello\"", "[{\"type\":\"hologram\"}]", "[{}]", "[{\"text\":\"a\",\"type\":\"text\"}]",
                "[{\"type\":5}]", "[{\"type\":null}]", "[null]", "[\"text\"]", "[\"\"]", "\"\"", "{}", "null",
                "[{\"type\":\"image\",\"url\":5}]", "[[]]", "[{\"type\":\"Text\"}]", "[{\"type\":\"\"}]",
                "[{\"type\":\"text\",\"type\":\"image\"}]",
                "[{\"type\":\"text\",\"text_elements\":[{\"byteRange\":{\"start\":\"1\"}}]}]",
                "[{\"type\":\"text\",\"textElements\":[]}]", "[{\"type\":\"text\",\"text_elements\":null}]",
                "[{\"type\":\"mention\",\"name\":\"n\",\"path\":\"p\",\"extra\":{\"deep\":[1]}}]")) {
            same(TurnStartParams.class, "{\"threadId\":\"t\",\"input\":" + v + "}");
        }
        same(TurnStartParams.class, "{\"sandboxPolicy\":{\"type\":\"readOnly\",\"networkAccess\":\"x\"}}",
                "{\"sandboxPolicy\":{\"type\":\"workspaceWrite\",\"writableRoots\":[\"/a\"],\"networkAccess\":\"true\"}}",
                "{\"sandboxPolicy\":{\"type\":\"externalSandbox\",\"networkAccess\":\"enabled\"}}",
                "{\"sandboxPolicy\":{\"networkAccess\":true,\"type\":\"readOnly\"}}");
        for (String v : List.of("\"x\"", "5", "[]", "null", "\"\"", "true", "{}", "{\"threadId\":5}")) {
            same(ThreadArchiveParams.class, v);
            same(ThreadSetNameResponse.class, v);
        }
        for (String v : List.of("\"a\"", "[\"a\",\"b\"]", "5", "null", "[]", "[1]", "[\"a\",null]", "{}")) {
            same(ThreadListParams.class, "{\"cwd\":" + v + "}");
        }
        same(ThreadListParams.class, "{\"modelProviders\":[1,true,null,\"x\"]}", "{\"modelProviders\":[[1]]}",
                "{\"sortKey\":\"created_at\",\"sortDirection\":\"desc\"}", "{\"sortKey\":\"createdAt\"}");
        for (String v : List.of("\"accept\"", "{\"x\":{\"a\":1}}", "5", "null", "[]", "{}", "{\"x\":1,\"y\":2}",
                "{\"acceptWithExecpolicyAmendment\":{\"execpolicy_amendment\":[\"npm\"]}}")) {
            same(CommandExecutionRequestApprovalResponse.class, "{\"decision\":" + v + "}");
        }
        for (String v : List.of("5", "\"a\"", "null", "1.5", "5000000000", "true", "\"null\"",
                "123456789012345678901234567890", "{\"a\":[1,{}]}", "[]")) {
            same(ServerRequestResolvedNotification.class, "{\"requestId\":" + v + "}");
        }
        for (String v : List.of("{\"type\":\"active\"}", "{\"type\":\"active\",\"activeFlags\":null}",
                "{\"type\":\"active\",\"activeFlags\":[null]}", "{\"type\":\"active\",\"activeFlags\":[\"bogus\"]}",
                "{\"type\":\"idle\",\"x\":1}", "\"idle\"", "{\"type\":[\"idle\"]}", "{\"type\":true}", "{}",
                "{\"activeFlags\":[\"waitingOnApproval\"],\"type\":\"active\"}", "{\"type\":\"systemError\"}")) {
            same(ThreadStatusChangedNotification.class, "{\"status\":" + v + "}");
        }
        same(ThreadStatus.Active.class, "{\"activeFlags\":[]}", "{\"type\":\"idle\",\"activeFlags\":[]}",
                "{\"type\":\"active\",\"activeFlags\":[]}");
        same(ThreadStatus.class, "{\"type\":\"idle\"}", "{}", "[]");
        same(ErrorNotification.class,
                "{\"error\":{\"message\":\"m\",\"codexErrorInfo\":{\"responseStreamDisconnected\":{\"httpStatusCode\":429}}},"
                        + "\"willRetry\":\"true\"}",
                "{\"error\":{\"message\":\"m\",\"codexErrorInfo\":5}}",
                "{\"error\":{\"message\":\"m\",\"codexErrorInfo\":{\"a\":1,\"b\":2}}}",
                "{\"error\":{\"message\":\"m\",\"codexErrorInfo\":\"usageLimitExceeded\"},\"willRetry\":null}");
        same(ThreadTokenUsage.class, "{\"total\":{\"totalTokens\":5}}", "{\"total\":{\"totalTokens\":\"5\"},\"last\":[]}");
        same(AskForApproval.class, "\"never\"", "\" never\"", "\"on-request\"", "\"ON_REQUEST\"");
        same(CwdFilter.class, "\"x\"", "[\"x\"]", "[]", "{}");
        same(ItemCompletedNotification.class,
                "{\"item\":{\"type\":\"commandExecution\",\"id\":\"i\",\"exitCode\":\"3\",\"durationMs\":12.0,"
                        + "\"status\":\"completed\",\"commandActions\":[{\"type\":\"unknown\",\"command\":\"ls\"}]},"
                        + "\"completedAtMs\":\"17\"}");
    }

    @TestFactory
    Stream<DynamicTest> readsLikeDatabind() {
        return SAME_AS_DATABIND.stream().map(input -> DynamicTest.dynamicTest(
                input.type().getSimpleName() + " " + input.json(), () -> {
                    JsonNode tree = JsonTrees.read(input.json());
                    Object expected;
                    try {
                        expected = Databind.MAPPER.treeToValue(tree, input.type());
                    } catch (JacksonException e) {
                        WireFormatException ours = assertThrows(WireFormatException.class,
                                () -> WireCodecs.read(input.type(), tree), "databind fails: " + e.getMessage());
                        assertFalse(ours.detail().isEmpty());
                        return;
                    }
                    assertEquals(expected, WireCodecs.read(input.type(), tree));
                }));
    }

    /** The deliberate differences (see {@link WireCodecs}): databind reads these, we refuse them. */
    @Test
    void refusesWhatDatabindWouldQuietlyMisread() {
        assertEquals(AskForApproval.UNTRUSTED, databind(ThreadStartParams.class, "{\"approvalPolicy\":0}")
                .approvalPolicy(), "databind takes a number as the constant's index");
        assertError(ThreadStartParams.class, "{\"approvalPolicy\":0}", "approvalPolicy",
                "expected a string (one of: untrusted, on-failure, on-request, never), got 0");
        assertEquals(AskForApproval.UNTRUSTED, databind(ThreadStartParams.class, "{\"approvalPolicy\":\"0\"}")
                .approvalPolicy());
        assertError(ThreadStartParams.class, "{\"approvalPolicy\":\"0\"}", "approvalPolicy",
                "unknown value `0` (expected one of: untrusted, on-failure, on-request, never)");

        assertEquals(5, databind(ThreadLoadedListParams.class, "{\"limit\":5.7}").limit(), "databind truncates");
        assertError(ThreadLoadedListParams.class, "{\"limit\":5.7}", "limit", "expected an integer, got 5.7");
        assertEquals(1, databind(FileChangeRequestApprovalParams.class, "{\"startedAtMs\":1.5}").startedAtMs());
        assertError(FileChangeRequestApprovalParams.class, "{\"startedAtMs\":1.5}", "startedAtMs",
                "expected an integer, got 1.5");

        assertNull(databind(ThreadStatusChangedNotification.class, "{\"status\":[\"idle\"]}").status(),
                "databind's wrapper-array fallback");
        assertError(ThreadStatusChangedNotification.class, "{\"status\":[\"idle\"]}", "status",
                "expected an object, got an array");
    }

    // -------------------------------------------------------------------------------------------- error paths

    @Test
    void unknownEnumValueNamesTheProperty() {
        WireFormatException e = assertError(ThreadStartParams.class, "{\"approvalPolicy\":\"sometimes\"}",
                "approvalPolicy", "unknown value `sometimes` (expected one of: untrusted, on-failure, on-request, never)");
        assertEquals("`approvalPolicy`: unknown value `sometimes` (expected one of: untrusted, on-failure, on-request,"
                + " never)", e.getMessage());
    }

    @Test
    void aStringWhereAListIsExpected() {
        assertError(TurnStartParams.class, "{\"threadId\":\"t\",\"input\":\"hello\"}", "input",
                "expected an array, got the string \"hello\"");
    }

    @Test
    void unionErrorsNameTheElement() {
        assertError(TurnStartParams.class, "{\"input\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"hologram\"}]}",
                "input[1].type", "unknown type `hologram` (expected one of: text, image, localImage, skill, mention)");
        assertError(TurnStartParams.class, "{\"input\":[{}]}", "input[0]", "missing `type`");
        assertError(TurnStartParams.class, "{\"input\":[{\"type\":null,\"text\":\"a\"}]}", "input[0]",
                "missing `type`");
        assertError(TurnStartParams.class, "{\"input\":[\"text\"]}", "input[0]",
                "expected an object, got the string \"text\"");
        assertError(ThreadStatusChangedNotification.class, "{\"status\":{\"type\":[\"idle\"]}}", "status.type",
                "expected a string, got an array");
        assertError(ThreadStatus.Active.class, "{\"type\":\"idle\"}", "type",
                "unknown type `idle` (expected one of: active)");
    }

    @Test
    void deepPathsJoinPropertiesAndIndices() {
        assertError(ItemCompletedNotification.class, "{\"item\":{\"type\":\"userMessage\",\"id\":\"i\",\"content\":["
                        + "{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\",\"text_elements\":["
                        + "{\"byteRange\":{\"start\":\"x\",\"end\":1}}]}]}}",
                "item.content[1].text_elements[0].byteRange.start", "expected an integer, got \"x\"");
        assertError(ThreadStatusChangedNotification.class,
                "{\"status\":{\"type\":\"active\",\"activeFlags\":[\"waitingOnApproval\",7]}}", "status.activeFlags[1]",
                "expected a string (one of: waitingOnApproval, waitingOnUserInput), got 7");
    }

    @Test
    void scalarErrors() {
        assertError(ThreadLoadedListParams.class, "{\"limit\":99999999999}", "limit",
                "integer 99999999999 out of range (-2147483648 to 2147483647)");
        assertError(ThreadLoadedListParams.class, "{\"limit\":true}", "limit", "expected an integer, got true");
        assertError(ThreadLoadedListParams.class, "{\"cursor\":{\"a\":1}}", "cursor", "expected a string, got an object");
        assertError(ThreadReadParams.class, "{\"includeTurns\":\"yes\"}", "includeTurns",
                "expected a boolean, got \"yes\"");
        assertError(ThreadReadParams.class, "{\"includeTurns\":1.0}", "includeTurns", "expected a boolean, got 1.0");
        assertError(ThreadStartParams.class, "{\"config\":[]}", "config", "expected an object, got an array");
    }

    @Test
    void creatorRejectionsCarryTheirMessage() {
        assertError(ThreadListParams.class, "{\"cwd\":5}", "cwd", "cwd must be a string or an array of strings");
        assertError(CommandExecutionRequestApprovalResponse.class, "{\"decision\":{}}", "decision",
                "decision must be a string or a one-key object");
    }

    @Test
    void theRootHasAnEmptyPath() {
        WireFormatException e = assertError(ThreadArchiveParams.class, "\"x\"", "",
                "expected an object, got the string \"x\"");
        assertEquals(e.detail(), e.getMessage());
        assertEquals(0, e.getStackTrace().length, "no stack trace is recorded");
    }

    @Test
    void pathsComposeOnTheWayOut() {
        WireFormatException e = new WireFormatException("", "bad").at("c").at(2).at("b").at(0).at(1).at("a");
        assertEquals("a[1][0].b[2].c", e.path());
        assertEquals("`a[1][0].b[2].c`: bad", e.getMessage());
    }

    // ------------------------------------------------------------------------------------------- plain types

    @Test
    void nullAndAbsentReadAsNull() {
        assertNull(WireCodecs.read(ThreadStartParams.class, null));
        assertNull(WireCodecs.read(ThreadStartParams.class, JsonTrees.NODES.nullNode()));
        assertNull(WireCodecs.read(ThreadStartParams.class, JsonTrees.NODES.missingNode()));
        assertNull(WireCodecs.read(ThreadStatus.class, JsonTrees.NODES.nullNode()));
        assertNull(WireCodecs.read(Void.class, JsonTrees.read("{\"a\":1}")));
    }

    @Test
    void readsPlainTypes() {
        JsonNode tree = JsonTrees.read("{\"a\":[1,12345678901,2.5,\"x\",true,null,{}]}");
        assertEquals(Databind.MAPPER.treeToValue(tree, Object.class), WireCodecs.read(Object.class, tree));
        assertEquals(Databind.MAPPER.treeToValue(tree, Map.class), WireCodecs.read(Map.class, tree));
        assertEquals(List.of(1, 2), WireCodecs.read(List.class, JsonTrees.read("[1,2]")));
        assertSame(tree, WireCodecs.read(JsonNode.class, tree));
        assertEquals("5", WireCodecs.read(String.class, JsonTrees.read("5")));
        assertEquals(5, WireCodecs.read(Integer.class, JsonTrees.read("\"5\"")));
        assertEquals(5L, WireCodecs.read(Long.class, JsonTrees.read("5")));
        assertEquals(2.5, WireCodecs.read(Double.class, JsonTrees.read("\"2.5\"")));
        assertEquals(Boolean.TRUE, WireCodecs.read(Boolean.class, JsonTrees.read("true")));
        assertThrows(WireFormatException.class, () -> WireCodecs.read(Map.class, JsonTrees.read("[]")));
        assertThrows(WireFormatException.class,
                () -> WireCodecs.read(tools.jackson.databind.node.ObjectNode.class, JsonTrees.read("[]")));
        assertThrows(IllegalArgumentException.class, () -> WireCodecs.read(Instant.class, JsonTrees.read("1")));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static <T> T databind(Class<T> type, String json) {
        return Databind.MAPPER.treeToValue(JsonTrees.read(json), type);
    }

    private static WireFormatException assertError(Class<?> type, String json, String path, String detail) {
        JsonNode tree = JsonTrees.read(json);
        WireFormatException e = assertThrows(WireFormatException.class, () -> WireCodecs.read(type, tree));
        assertEquals(path, e.path(), "path of: " + e.getMessage());
        assertEquals(detail, e.detail());
        assertTrue(e.getMessage().endsWith(detail));
        return e;
    }
}
