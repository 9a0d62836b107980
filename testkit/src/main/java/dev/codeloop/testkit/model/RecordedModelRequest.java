package dev.codeloop.testkit.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A request the scripted server received, what it answered, and (for SSE answers) when each event was
 * written. It is recorded before the answer is written, so the event list grows while a stream is running.
 */
public final class RecordedModelRequest {
    private final int index;
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final String bodyText;
    private final JsonNode body;
    private final long receivedAtNanos;
    private final ScriptedResponse answer;
    private final List<WrittenEvent> writtenEvents = new CopyOnWriteArrayList<>();
    private final CountDownLatch answerWritten = new CountDownLatch(1);

    RecordedModelRequest(int index, String method, String path, Map<String, List<String>> headers, String bodyText,
            JsonNode body, long receivedAtNanos, ScriptedResponse answer) {
        this.index = index;
        this.method = method;
        this.path = path;
        this.headers = headers;
        this.bodyText = bodyText;
        this.body = body;
        this.receivedAtNanos = receivedAtNanos;
        this.answer = answer;
    }

    /** Position among all requests this server received, from 0. */
    public int index() {
        return index;
    }

    public String method() {
        return method;
    }

    /** The URL path, e.g. {@code /v1/responses}. */
    public String path() {
        return path;
    }

    /** All headers; names are case-insensitive. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of header {@code name} (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public String bodyText() {
        return bodyText;
    }

    /** The body parsed as JSON; throws if it is not JSON, so a test fails with the offending text. */
    public JsonNode body() {
        if (body == null) {
            throw new IllegalStateException("request #" + index + " body is not JSON: " + abbreviate(bodyText));
        }
        return body;
    }

    /** The body's {@code prompt_cache_key}, which the server routes {@code enqueueFor} scripts by. */
    public Optional<String> promptCacheKey() {
        return promptCacheKeyOf(body);
    }

    /** {@link System#nanoTime()} when the whole request had been read. */
    public long receivedAtNanos() {
        return receivedAtNanos;
    }

    /** The scripted response this request was answered with. */
    public ScriptedResponse answer() {
        return answer;
    }

    /** The SSE events written so far for this request, in order (empty for HTTP errors). */
    public List<WrittenEvent> writtenEvents() {
        return List.copyOf(writtenEvents);
    }

    /**
     * Waits until the server is done with this request's answer: every event written (or the connection given
     * up), the error response handed over, or the server closed.
     */
    public boolean awaitAnswerWritten(Duration timeout) throws InterruptedException {
        return answerWritten.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    void recordWrite(WrittenEvent event) {
        writtenEvents.add(event);
    }

    void markAnswerWritten() {
        answerWritten.countDown();
    }

    static Optional<String> promptCacheKeyOf(JsonNode body) {
        if (body == null) {
            return Optional.empty();
        }
        JsonNode key = body.path("prompt_cache_key");
        return key.isString() ? Optional.of(key.asString()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "#" + index + " " + method + " " + path + promptCacheKey().map(key -> " (prompt_cache_key=" + key + ")").orElse("")
                + " → " + answer.describe();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
