package dev.codeloop.testkit.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okio.ByteString;
import tools.jackson.databind.JsonNode;

/**
 * Picks the scripted answer for each request (the queue for its {@code prompt_cache_key} first, then the
 * global queue), records the exchange, and turns the answer into a MockWebServer response.
 * Called concurrently, one thread per connection.
 */
final class ModelDispatcher extends Dispatcher {
    static final String NO_MORE_RESPONSES = "scripted model server: no more scripted responses";

    private final String responsesPath;
    private final CountDownLatch shutdown;
    private final ScriptQueue global = new ScriptQueue();
    private final Map<String, ScriptQueue> byCacheKey = new ConcurrentHashMap<>();
    private final AtomicInteger nextIndex = new AtomicInteger();
    private final List<RecordedModelRequest> recorded = new CopyOnWriteArrayList<>();
    private final BlockingQueue<RecordedModelRequest> untaken = new LinkedBlockingQueue<>();

    ModelDispatcher(String responsesPath, CountDownLatch shutdown) {
        this.responsesPath = responsesPath;
        this.shutdown = shutdown;
    }

    ScriptQueue global() {
        return global;
    }

    ScriptQueue forCacheKey(String promptCacheKey) {
        return byCacheKey.computeIfAbsent(promptCacheKey, key -> new ScriptQueue());
    }

    List<RecordedModelRequest> recorded() {
        return recorded;
    }

    BlockingQueue<RecordedModelRequest> untaken() {
        return untaken;
    }

    int remaining() {
        return global.remaining() + byCacheKey.values().stream().mapToInt(ScriptQueue::remaining).sum();
    }

    String describeScript() {
        StringBuilder out = new StringBuilder("global ").append(global.describe());
        byCacheKey.forEach((key, queue) -> out.append(", ").append(key).append(' ').append(queue.describe()));
        return out.toString();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        long receivedAt = System.nanoTime();
        ByteString rawBody = request.getBody();
        String bodyText = rawBody == null ? "" : rawBody.utf8();
        JsonNode body = Json.parseOrNull(bodyText);
        String method = request.getMethod();
        String path = request.getUrl().encodedPath();

        ScriptedResponse answer = "POST".equals(method) && responsesPath.equals(path)
                ? nextAnswer(RecordedModelRequest.promptCacheKeyOf(body))
                : HttpError.status(404).type("invalid_request_error")
                        .message("scripted model server: no route for " + method + " " + path
                                + " (only POST " + responsesPath + ")");

        RecordedModelRequest exchange = new RecordedModelRequest(nextIndex.getAndIncrement(), method, path,
                headersOf(request.getHeaders()), bodyText, body, receivedAt, answer);
        recorded.add(exchange);
        untaken.add(exchange);
        return toMockResponse(answer, exchange);
    }

    private ScriptedResponse nextAnswer(Optional<String> promptCacheKey) {
        ScriptedResponse answer = promptCacheKey.map(byCacheKey::get).map(ScriptQueue::next).orElse(null);
        if (answer == null) {
            answer = global.next();
        }
        return answer != null ? answer : HttpError.status(500).message(NO_MORE_RESPONSES);
    }

    private MockResponse toMockResponse(ScriptedResponse answer, RecordedModelRequest exchange) {
        return switch (answer) {
            case HttpError error -> {
                MockResponse.Builder builder = new MockResponse.Builder()
                        .code(error.statusCode())
                        .setHeader("Content-Type", "application/json");
                error.headers().forEach(header -> builder.addHeader(header.getKey(), header.getValue()));
                MockResponse response = builder.body(error.body()).build();
                exchange.markAnswerWritten();
                yield response;
            }
            case SseStream stream -> new MockResponse.Builder()
                    .clearHeaders()
                    .addHeader("Content-Type", "text/event-stream")
                    .addHeader("Cache-Control", "no-cache")
                    .addHeader("Transfer-Encoding", "chunked")
                    .socketHandler(new SseWriter(stream, exchange, shutdown))
                    .build();
        };
    }

    private static Map<String, List<String>> headersOf(Headers headers) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : headers.names()) {
            out.put(name, List.copyOf(headers.values(name)));
        }
        return Collections.unmodifiableMap(out);
    }
}
