package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The client against {@link FakeServer}, a real child process speaking NDJSON. */
class CodeloopClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<String> notifications = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @TempDir
    Path tmp;

    private static List<String> fakeServerCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), FakeServer.class.getName());
    }

    private CodeloopClient.Builder fakeServer() {
        return CodeloopClient.builder(fakeServerCommand())
                .stderrTo(tmp.resolve("server.log"))
                .onNotification((method, params) -> notifications.add(method + " " + params))
                .onProblem(problems::add);
    }

    @Test
    void requestsGetTheirResultsAndErrors() throws Exception {
        try (CodeloopClient client = fakeServer().start()) {
            ObjectNode params = client.object().put("x", 1);

            assertEquals(params, client.call("echo", params, TIMEOUT));
            CodeloopClient.RpcException error = assertThrows(CodeloopClient.RpcException.class,
                    () -> client.call("fail", client.object(), TIMEOUT));
            assertEquals(-32000, error.code());
            assertEquals("boom", error.getMessage());
        }
    }

    @Test
    void notificationsArriveInOrderAndMalformedLinesAreReportedNotFatal() throws Exception {
        try (CodeloopClient client = fakeServer().start()) {
            ObjectNode params = client.object();
            params.putArray("lines")
                    .add("{\"method\":\"first\",\"params\":{\"n\":1}}")
                    .add("this is not json")
                    .add("[1,2]")
                    .add("{\"id\":999,\"result\":{}}")
                    .add("{\"something\":\"else\"}")
                    .add("{\"method\":\"second\"}");

            client.call("emit", params, TIMEOUT);
            client.notify("initialized", null);
            client.call("echo", client.object(), TIMEOUT); // the echo is read after "seen": a barrier

            assertEquals(List.of("first {\"n\":1}", "second {}", "seen {\"method\":\"initialized\"}"), notifications);
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("not JSON: this is not json"), problems.get(0));
            assertTrue(problems.get(1).contains("not a JSON object: [1,2]"), problems.get(1));
        }
    }

    @Test
    void serverRequestsAreAnsweredByTheHandler() throws Exception {
        try (CodeloopClient client = fakeServer()
                .onServerRequest((method, params) -> JsonNodeFactory.instance.objectNode().put("decision", "accept").put("for", method))
                .start()) {
            JsonNode reply = client.call("ask", ask(client, "item/commandExecution/requestApproval"), TIMEOUT);

            assertEquals(7, reply.path("id").asInt());
            assertEquals("accept", reply.path("result").path("decision").asString());
            assertEquals("item/commandExecution/requestApproval", reply.path("result").path("for").asString());
        }
    }

    @Test
    void withoutAHandlerServerRequestsGetAnError() throws Exception {
        try (CodeloopClient client = fakeServer().start()) {
            JsonNode reply = client.call("ask", ask(client, "item/fileChange/requestApproval"), TIMEOUT);

            assertEquals(CodeloopClient.METHOD_NOT_FOUND, reply.path("error").path("code").asInt());
            assertTrue(reply.path("error").path("message").asString().contains("item/fileChange/requestApproval"));
        }
    }

    @Test
    void aFailingHandlerSendsAnInternalError() throws Exception {
        try (CodeloopClient client = fakeServer()
                .onServerRequest((method, params) -> {
                    throw new IllegalStateException("no way");
                })
                .start()) {
            JsonNode reply = client.call("ask", ask(client, "item/commandExecution/requestApproval"), TIMEOUT);

            assertEquals(CodeloopClient.INTERNAL_ERROR, reply.path("error").path("code").asInt());
            assertTrue(reply.path("error").path("message").asString().contains("no way"));
        }
    }

    @Test
    void whenTheServerExitsPendingAndLaterRequestsFail() throws Exception {
        Path log = tmp.resolve("server.log");
        try (CodeloopClient client = fakeServer().start()) {
            CompletableFuture<JsonNode> pending = client.request("exit", client.object());

            ExecutionException failure = assertThrows(ExecutionException.class, () -> pending.get(20, TimeUnit.SECONDS));
            CodeloopClient.RpcException error = assertInstanceOf(CodeloopClient.RpcException.class, failure.getCause());
            assertTrue(error.getMessage().contains("the server exited with code 3"), error.getMessage());
            assertTrue(error.getMessage().contains(log.toString()), error.getMessage());
            assertEquals(3, client.exited().get(20, TimeUnit.SECONDS));
            assertThrows(CodeloopClient.RpcException.class, () -> client.call("echo", client.object(), TIMEOUT));
        }
        assertTrue(Files.readString(log).contains("fake server started"));
    }

    @Test
    void closeEndsTheServerAndIsIdempotent() throws Exception {
        CodeloopClient client = CodeloopClient.builder(fakeServerCommand()).start(); // default: log to a new temp file
        client.call("echo", client.object(), TIMEOUT);

        client.close();
        client.close();

        assertFalse(client.isAlive());
        assertEquals(0, client.exited().get(20, TimeUnit.SECONDS));
        assertTrue(client.stderrLog().isPresent());
        Files.deleteIfExists(client.stderrLog().get());
    }

    private static ObjectNode ask(CodeloopClient client, String method) {
        ObjectNode params = client.object().put("method", method);
        params.putObject("params").put("itemId", "call_1");
        return params;
    }
}
