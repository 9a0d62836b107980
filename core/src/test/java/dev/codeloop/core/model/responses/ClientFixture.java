package dev.codeloop.core.model.responses;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.model.ModelEvent;
import dev.codeloop.core.model.ModelEventListener;
import dev.codeloop.core.model.ModelException;
import dev.codeloop.core.model.ModelRequest;
import dev.codeloop.core.model.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;

/** A {@link ResponsesApiClient} pointed at a scripted server, and what the tests send and record with it. */
final class ClientFixture {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final String API_KEY = "sk-test-123";
    static final String CACHE_KEY = "thread-1";
    static final Duration LONG_IDLE = Duration.ofSeconds(30);

    private ClientFixture() {
    }

    static ResponsesApiClient client(String baseUrl, int requestMaxRetries, Duration idleTimeout) {
        return new ResponsesApiClient(new ProviderEndpoint(baseUrl, API_KEY, Map.of(), Map.of(), requestMaxRetries,
                idleTimeout, "codeloop-test/0"));
    }

    static ResponsesApiClient client(String baseUrl, int requestMaxRetries) {
        return client(baseUrl, requestMaxRetries, LONG_IDLE);
    }

    static ModelRequest request(List<ResponseItem> input) {
        return request(input, List.of());
    }

    static ModelRequest request(List<ResponseItem> input, List<ToolSpec> tools) {
        return new ModelRequest("gpt-5.5", "You are a test.", input, tools, false, null, null, null, CACHE_KEY,
                Map.of("thread_id", CACHE_KEY));
    }

    static ModelRequest hello() {
        return request(List.of(ResponseItem.Message.userText("hello")));
    }

    /** Streams {@code request} and returns every event delivered, in order. */
    static List<ModelEvent> streamAll(ResponsesApiClient client, ModelRequest request) throws ModelException {
        Recorder recorder = new Recorder();
        client.stream(request, recorder, CancellationToken.none());
        return recorder.events;
    }

    /** Streams on another thread; the future fails with the {@link ModelException}, if any, as its cause. */
    static CompletableFuture<Void> streamAsync(ResponsesApiClient client, ModelRequest request,
                                               ModelEventListener listener, CancellationToken cancel) {
        return CompletableFuture.runAsync(() -> {
            try {
                client.stream(request, listener, cancel);
            } catch (ModelException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Keeps the events it receives (from the streaming thread; read from any). */
    static final class Recorder implements ModelEventListener {
        final List<ModelEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(ModelEvent event) {
            events.add(event);
        }
    }
}
