package dev.codeloop.core.model.responses;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.model.Backoff;
import dev.codeloop.core.model.ModelClient;
import dev.codeloop.core.model.ModelError;
import dev.codeloop.core.model.ModelEvent;
import dev.codeloop.core.model.ModelEventListener;
import dev.codeloop.core.model.ModelException;
import dev.codeloop.core.model.ModelRequest;
import dev.codeloop.json.JsonTrees;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI Responses API over HTTP + SSE. Connection errors and 5xx answers are retried here, silently, with
 * backoff ({@code request_max_retries}); everything else becomes a typed {@link ModelException} for the
 * turn's retry policy to judge.
 */
public final class ResponsesApiClient implements ModelClient {

    private static final Logger LOG = LoggerFactory.getLogger(ResponsesApiClient.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_ERROR_BODY_BYTES = 4096;

    private final ProviderEndpoint endpoint;
    private final OkHttpClient http;
    private final ResponsesRequestJson requestJson;
    private final ResponsesEventDecoder decoder;

    public ResponsesApiClient(ProviderEndpoint endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClients.forUrl(endpoint.baseUrl(), endpoint.idleTimeout());
        this.requestJson = new ResponsesRequestJson();
        this.decoder = new ResponsesEventDecoder();
    }

    @Override
    public void stream(ModelRequest request, ModelEventListener listener, CancellationToken cancel)
            throws ModelException {
        Request httpRequest = httpRequest(request);
        for (int attempt = 0; ; attempt++) {
            if (cancel.isCancelled()) {
                throw new ModelException(new ModelError.Cancelled());
            }
            Call call = http.newCall(httpRequest);
            try (CancellationToken.Registration ignored = cancel.onCancel(call::cancel)) {
                Response response;
                try {
                    response = call.execute();
                } catch (IOException e) {
                    if (cancel.isCancelled()) {
                        throw new ModelException(new ModelError.Cancelled(), e);
                    }
                    if (retryTransport(attempt, "connection failed: " + e.getMessage(), cancel)) {
                        continue;
                    }
                    throw new ModelException(new ModelError.ConnectionFailed(describe(e)), e);
                }
                try (response) {
                    if (!response.isSuccessful()) {
                        ModelError.HttpStatus error = httpError(response);
                        if (response.code() >= 500 && retryTransport(attempt, error.describe(), cancel)) {
                            continue;
                        }
                        throw new ModelException(error);
                    }
                    readStream(response, listener, cancel);
                    return;
                }
            }
        }
    }

    /** Waits before a transport retry; false when retries are used up or the turn was cancelled. */
    private boolean retryTransport(int attempt, String why, CancellationToken cancel) throws ModelException {
        if (attempt >= endpoint.requestMaxRetries()) {
            return false;
        }
        Duration delay = Backoff.delay(attempt + 1);
        LOG.debug("model request failed ({}); retry {}/{} in {} ms", why, attempt + 1,
                endpoint.requestMaxRetries(), delay.toMillis());
        if (!Backoff.sleep(delay, cancel)) {
            throw new ModelException(new ModelError.Cancelled());
        }
        return true;
    }

    private void readStream(Response response, ModelEventListener listener, CancellationToken cancel)
            throws ModelException {
        StreamOutcome outcome = new StreamOutcome();
        EventSources.processResponse(response, new EventSourceListener() {
            @Override
            public void onEvent(EventSource source, String id, String type, String data) {
                if (outcome.done()) {
                    return;
                }
                ResponsesEventDecoder.Decoded decoded;
                try {
                    decoded = decoder.decode(type, data);
                } catch (RuntimeException e) {
                    outcome.error = new ModelError.StreamDisconnected("unparseable event " + type + ": " + e.getMessage());
                    source.cancel();
                    return;
                }
                if (decoded.failure() != null) {
                    outcome.error = decoded.failure();
                    source.cancel();
                    return;
                }
                if (decoded.event() != null) {
                    try {
                        listener.onEvent(decoded.event());
                    } catch (RuntimeException e) {
                        // The caller's own failure, not the stream's: OkHttp would report it through onFailure
                        // and it would pass for a disconnect (and be retried). Hand it back as it is instead.
                        outcome.listenerFailure = e;
                        source.cancel();
                        return;
                    }
                    if (decoded.event() instanceof ModelEvent.Completed) {
                        outcome.completed = true;
                        source.cancel();
                    }
                }
            }

            @Override
            public void onFailure(EventSource source, Throwable t, Response r) {
                if (!outcome.done()) {
                    outcome.failure = t;
                }
            }
        });
        if (outcome.listenerFailure != null) {
            throw outcome.listenerFailure;
        }
        if (outcome.completed) {
            return;
        }
        if (cancel.isCancelled()) {
            throw new ModelException(new ModelError.Cancelled());
        }
        if (outcome.error != null) {
            throw new ModelException(outcome.error);
        }
        if (outcome.failure instanceof InterruptedIOException) {
            throw new ModelException(new ModelError.IdleTimeout(endpoint.idleTimeout()), outcome.failure);
        }
        if (outcome.failure != null) {
            throw new ModelException(new ModelError.StreamDisconnected(describe(outcome.failure)), outcome.failure);
        }
        throw new ModelException(new ModelError.StreamDisconnected("stream closed before response.completed"));
    }

    private static final class StreamOutcome {
        boolean completed;
        ModelError error;
        Throwable failure;
        RuntimeException listenerFailure;

        boolean done() {
            return completed || error != null || listenerFailure != null;
        }
    }

    private Request httpRequest(ModelRequest request) throws ModelException {
        HttpUrl base = HttpUrl.parse(endpoint.baseUrl().replaceAll("/+$", "") + "/responses");
        if (base == null) {
            throw new ModelException(new ModelError.Misconfigured("The model provider's base_url '"
                    + endpoint.baseUrl() + "' is not an http(s) URL, e.g. http://localhost:8080/v1."));
        }
        HttpUrl.Builder url = base.newBuilder();
        endpoint.queryParams().forEach(url::addQueryParameter);
        Request.Builder builder = new Request.Builder()
                .url(url.build())
                .post(RequestBody.create(requestJson.write(request), JSON))
                .header("Accept", "text/event-stream")
                .header("User-Agent", endpoint.userAgent());
        if (endpoint.apiKey() != null) {
            builder.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        if (request.promptCacheKey() != null) {
            builder.header("session_id", request.promptCacheKey());
        }
        for (Map.Entry<String, String> header : endpoint.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        return builder.build();
    }

    private ModelError.HttpStatus httpError(Response response) {
        return new ModelError.HttpStatus(response.code(), reasonPhrase(response), serverMessage(errorBody(response)),
                RetryAfter.parse(response.header("Retry-After"), Instant.now()));
    }

    /** At most the first few KiB of an error body: the status alone is enough to act on. */
    private static String errorBody(Response response) {
        try {
            okio.BufferedSource source = response.body().source();
            source.request(MAX_ERROR_BODY_BYTES);
            okio.Buffer buffer = source.getBuffer();
            return buffer.readUtf8(Math.min(buffer.size(), MAX_ERROR_BODY_BYTES));
        } catch (IOException e) {
            return "";
        }
    }

    /** The canonical phrase where we know one; else the server's, else a placeholder. */
    private static String reasonPhrase(Response response) {
        String canonical = StatusReasons.of(response.code());
        if (canonical != null) {
            return canonical;
        }
        String message = response.message();
        return message == null || message.isBlank() ? "HTTP " + response.code() : message;
    }

    private static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode json = JsonTrees.read(body);
            JsonNode message = json.path("error").path("message");
            if (message.isString()) {
                return message.asString();
            }
        } catch (RuntimeException notJson) {
            // Fall through to the raw text.
        }
        String trimmed = body.strip();
        return trimmed.length() > 500 ? trimmed.substring(0, 500) + "…" : trimmed;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
