package dev.codeloop.testkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Wire behaviour of scripted SSE streams, seen through real HTTP clients. */
class ScriptedModelServerStreamingTest {
    private final ScriptedModelServer server = ScriptedModelServer.start();
    private final SseClient client = new SseClient();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void eventsArriveInOrderWithSseFramingAndJson() throws Exception {
        SseStream stream = Sse.response("resp_1").reasoning("rs_1", "Thinking").message("msg_1", "Hello ", "world.")
                .completed();
        server.enqueue(stream);

        SseClient.Result result = client.post(server.baseUrl(), SseClient.requestBody("conv-1"));

        assertEquals(200, result.status());
        assertEquals("text/event-stream", result.header("Content-Type"));
        assertNull(result.failure());
        assertEquals(stream.events().stream().map(SseEvent::name).toList(), result.names());
        String expectedWire = stream.events().stream().map(SseEvent::wireText).reduce("", String::concat);
        assertEquals(expectedWire, result.text());
        for (SseClient.Received event : result.events()) {
            assertEquals(event.name(), event.json().path("type").asString());
        }
        JsonNode completed = result.events().getLast().json().path("response");
        assertEquals("Hello world.", completed.path("output").path(1).path("content").path(0).path("text").asString());
    }

    @Test
    void consecutiveStreamsWorkOnOneKeptAliveClient() throws Exception {
        server.enqueue(Sse.response("resp_1").message("msg_1", "one").completed(),
                Sse.response("resp_2").message("msg_2", "two").completed());

        SseClient.Result first = client.post(server.baseUrl(), "{}");
        SseClient.Result second = client.post(server.baseUrl(), "{}");

        assertNull(first.failure());
        assertNull(second.failure());
        assertEquals("resp_2", second.events().getLast().json().path("response").path("id").asString());
    }

    @Test
    void aDefaultJavaHttpClientNegotiatingHttp2GetsTheStreamOverHttp11() throws Exception {
        server.enqueue(Sse.response("resp_1").message("msg_1", "hi").completed());

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/responses"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, response.version());
        assertTrue(response.body().contains("event: response.completed"), response.body());
    }

    @Test
    void eventDelayMakesEventsArriveSpreadInTime() throws Exception {
        Duration delay = Duration.ofMillis(100);
        server.enqueue(Sse.response("resp_1").message("msg_1", "a", "b").eventDelay(delay).completed());

        SseClient.Result result = client.post(server.baseUrl(), "{}");

        List<SseClient.Received> deltas = result.events().stream()
                .filter(e -> e.name().equals("response.output_text.delta")).toList();
        long apart = deltas.get(1).arrivalNanos() - deltas.get(0).arrivalNanos();
        assertTrue(apart >= delay.toNanos() / 2, "deltas arrived only " + apart / 1_000_000 + "ms apart");

        RecordedModelRequest request = server.takeRequest(Duration.ofSeconds(1));
        assertTrue(request.awaitAnswerWritten(Duration.ofSeconds(1)));
        List<WrittenEvent> writes = request.writtenEvents();
        assertEquals(result.names(), writes.stream().map(WrittenEvent::name).toList());
        for (int i = 0; i < writes.size(); i++) {
            assertEquals(i, writes.get(i).index());
            assertTrue(writes.get(i).writeNanos() <= result.events().get(i).arrivalNanos(),
                    "event " + i + " was read before it was written");
        }
    }

    @Test
    void cutClosesTheConnectionBeforeCompletion() throws Exception {
        server.enqueue(Sse.response("resp_1").message("msg_1", "partial ").cutBeforeCompletion());

        SseClient.Result result = client.post(server.baseUrl(), "{}");

        // A chunked body that stops without its last chunk surfaces as an I/O error at end of input.
        assertTrue(result.failure() != null, "expected the truncated stream to fail, read: " + result.names());
        assertTrue(result.names().contains("response.output_item.done"));
        assertFalse(result.names().contains("response.completed"));
    }

    @Test
    void endWithoutCompletionGivesACleanEofBeforeCompletion() throws Exception {
        server.enqueue(Sse.response("resp_1").message("msg_1", "partial ").endWithoutCompletion());

        SseClient.Result result = client.post(server.baseUrl(), "{}");

        assertNull(result.failure());
        assertEquals("response.output_item.done", result.names().getLast());
    }

    @Test
    void stallKeepsTheConnectionOpenAndSilentUntilTheClientTimesOut() throws Exception {
        server.enqueue(Sse.response("resp_1").message("msg_1", "partial ").stallFor(Duration.ofSeconds(30)));
        OkHttpClient okhttp = new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build();
        Request request = new Request.Builder().url(server.baseUrl() + "/responses")
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();

        List<String> lines = new ArrayList<>();
        try (Response response = okhttp.newCall(request).execute()) {
            BufferedSource body = response.body().source();
            assertThrows(SocketTimeoutException.class, () -> {
                while (true) {
                    String line = body.readUtf8Line();
                    if (line == null) {
                        throw new AssertionError("stream ended instead of stalling: " + lines);
                    }
                    lines.add(line);
                }
            });
        }
        assertTrue(lines.contains("event: response.output_item.done"), lines.toString());
        assertFalse(lines.contains("event: response.completed"));
    }

    @Test
    void closingTheServerEndsAStallForeverPromptly() throws Exception {
        server.enqueue(Sse.response("resp_1").stallForever());
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                client.post(server.baseUrl(), "{}");
            } catch (IOException | InterruptedException ignored) {
                // the server going away is the point
            }
        });
        RecordedModelRequest request = server.takeRequest(Duration.ofSeconds(5));

        long start = System.nanoTime();
        server.close();

        assertTrue(request.awaitAnswerWritten(Duration.ofSeconds(2)));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "close took too long");
        reader.join(Duration.ofSeconds(5));
        assertFalse(reader.isAlive(), "the client never saw the connection end");
    }
}
