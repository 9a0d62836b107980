package dev.codeloop.testkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which scripted answer each request gets, and what the server records about it. */
class ScriptedModelServerScriptTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ScriptedModelServer server = ScriptedModelServer.start();
    private final SseClient client = new SseClient();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void baseUrlIsOnLoopback() {
        assertEquals("http://127.0.0.1:" + server.port() + "/v1", server.baseUrl());
    }

    @Test
    void httpErrorsCarryStatusHeadersAndAnOpenAiErrorBody() throws Exception {
        server.enqueue(HttpError.status(429).header("Retry-After", "1"), HttpError.status(500).message("boom"));

        SseClient.Result limited = client.post(server.baseUrl(), "{}");
        SseClient.Result failed = client.post(server.baseUrl(), "{}");

        assertEquals(429, limited.status());
        assertEquals("1", limited.header("Retry-After"));
        assertEquals("application/json", limited.header("Content-Type"));
        JsonNode error = MAPPER.readTree(failed.text()).path("error");
        assertEquals(500, failed.status());
        assertEquals("boom", error.path("message").asString());
        assertEquals("server_error", error.path("type").asString());
        assertTrue(error.path("code").isNull());
    }

    @Test
    void runningOutOfScriptAnswers500WithAClearMessage() throws Exception {
        SseClient.Result result = client.post(server.baseUrl(), "{}");

        assertEquals(500, result.status());
        assertEquals("scripted model server: no more scripted responses",
                MAPPER.readTree(result.text()).path("error").path("message").asString());
    }

    @Test
    void aForeverResponseAnswersEveryLaterRequest() throws Exception {
        server.enqueue(Sse.response("resp_1").completed()).enqueueForever(HttpError.status(503));

        assertEquals(200, client.post(server.baseUrl(), "{}").status());
        for (int i = 0; i < 3; i++) {
            assertEquals(503, client.post(server.baseUrl(), "{}").status());
        }
        assertEquals(0, server.remainingResponses());
    }

    @Test
    void requestsAreRecordedWithParsedBodiesAndHeaders() throws Exception {
        server.enqueue(Sse.response("resp_1").completed());

        client.post(server.baseUrl(), SseClient.requestBody("conv-7"));

        RecordedModelRequest request = server.takeRequest(Duration.ofSeconds(1));
        assertEquals("POST", request.method());
        assertEquals("/v1/responses", request.path());
        assertEquals("Bearer test-key", request.header("authorization"));
        assertEquals("gpt-test", request.body().path("model").asString());
        assertEquals("hi", request.body().path("input").path(0).path("content").path(0).path("text").asString());
        assertEquals("conv-7", request.promptCacheKey().orElseThrow());
        assertTrue(request.receivedAtNanos() <= System.nanoTime());
        assertTrue(request.toString().contains("SSE resp_1"), request.toString());
        assertEquals(1, server.requestCount());
        assertEquals(List.of(request), server.requests());
    }

    @Test
    void takeRequestFailsClearlyWhenNothingArrives() {
        AssertionError error = assertThrows(AssertionError.class, () -> server.takeRequest(Duration.ofMillis(50)));
        assertTrue(error.getMessage().contains("no request arrived within 50ms"), error.getMessage());
    }

    @Test
    void otherPathsGet404AndKeepTheScript() throws Exception {
        server.enqueue(Sse.response("resp_1").completed());

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/models")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("no route for GET /v1/models"), response.body());
        assertEquals(1, server.remainingResponses());
    }

    @Test
    void enqueueForRoutesByPromptCacheKeyAndFallsBackToTheGlobalQueue() throws Exception {
        server.enqueue(Sse.response("resp_global").completed());
        server.enqueueFor("conv-1", Sse.response("resp_conv1").completed());
        server.enqueueFor("conv-2", Sse.response("resp_conv2").completed());

        assertEquals("resp_conv2", completedId(client.post(server.baseUrl(), SseClient.requestBody("conv-2"))));
        assertEquals("resp_global", completedId(client.post(server.baseUrl(), SseClient.requestBody("conv-2"))));
        assertEquals("resp_conv1", completedId(client.post(server.baseUrl(), SseClient.requestBody("conv-1"))));
        assertEquals(500, client.post(server.baseUrl(), SseClient.requestBody("conv-1")).status());
    }

    @Test
    void concurrentConversationsEachGetTheirOwnScript() throws Exception {
        int conversations = 100;
        for (int i = 0; i < conversations; i++) {
            server.enqueueFor("conv-" + i,
                    Sse.response("resp_" + i).message("msg_" + i, "answer ", "for " + i)
                            .eventDelay(Duration.ofMillis(2)).completed());
        }
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            String key = "conv-" + i;
            calls.add(() -> completedId(client.post(server.baseUrl(), SseClient.requestBody(key))));
        }

        List<String> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<String> future : pool.invokeAll(calls)) {
                ids.add(future.get());
            }
        }

        for (int i = 0; i < conversations; i++) {
            assertEquals("resp_" + i, ids.get(i));
        }
        assertEquals(conversations, server.requestCount());
        assertEquals(0, server.remainingResponses());
    }

    private static String completedId(SseClient.Result result) {
        SseClient.Received last = result.events().getLast();
        assertEquals("response.completed", last.name());
        return last.json().path("response").path("id").asString();
    }
}
