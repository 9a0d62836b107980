package dev.codeloop.core.model.responses;

import static dev.codeloop.core.model.responses.ClientFixture.client;
import static dev.codeloop.core.model.responses.ClientFixture.hello;
import static dev.codeloop.core.model.responses.ClientFixture.streamAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.model.ModelError;
import dev.codeloop.core.model.ModelEvent;
import dev.codeloop.core.model.ModelException;
import dev.codeloop.testkit.model.HttpError;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP failures: connection errors and 5xx are retried silently inside the client (request_max_retries);
 * everything else comes out at once as a typed error for the turn's retry policy.
 */
class ResponsesApiClientHttpErrorTest {

    private final ScriptedModelServer server = ScriptedModelServer.start();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void aRedirectFromPlainHttpToHttpsIsAnHttpErrorNotACrash() {
        // Plain-http providers get a client without TLS, which cannot follow the redirect.
        server.enqueue(HttpError.redirect(301, "https://127.0.0.1:9/v1/responses"));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 0), hello()));

        assertEquals(301, assertInstanceOf(ModelError.HttpStatus.class, e.error()).status());
        assertEquals(1, server.requestCount());
    }

    @Test
    void fiveHundredIsRetriedSilentlyThenSucceeds() throws Exception {
        server.enqueue(HttpError.status(500), Sse.response("r1").message("msg_1", "ok").completed());

        List<ModelEvent> events = streamAll(client(server.baseUrl(), 2), hello());

        assertEquals(2, server.requestCount());
        assertEquals(new ModelEvent.Created("r1"), events.getFirst());
        assertInstanceOf(ModelEvent.Completed.class, events.getLast());
    }

    @Test
    void retriesResendTheSameBody() throws Exception {
        server.enqueue(HttpError.status(502), Sse.response("r1").completed());

        streamAll(client(server.baseUrl(), 1), hello());

        assertEquals(server.requests().get(0).bodyText(), server.requests().get(1).bodyText());
    }

    @Test
    void fiveHundredForeverFailsAfterRequestMaxRetriesPlusOneRequests() {
        server.enqueueForever(HttpError.status(500).message("overloaded, sorry"));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 2), hello()));

        ModelError.HttpStatus status = assertInstanceOf(ModelError.HttpStatus.class, e.error());
        assertEquals(500, status.status());
        assertEquals("overloaded, sorry", status.serverMessage());
        assertEquals(3, server.requestCount());
    }

    @Test
    void tooManyRequestsWithRetryAfterIsNotRetriedInsideTheClient() {
        server.enqueue(HttpError.status(429).header("Retry-After", "1"), Sse.response("r1").completed());

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 4), hello()));

        ModelError.HttpStatus status = assertInstanceOf(ModelError.HttpStatus.class, e.error());
        assertEquals(429, status.status());
        assertEquals(Duration.ofSeconds(1), status.retryAfter());
        assertEquals(1, server.requestCount());
    }

    @Test
    void statusReasonIsTheCanonicalPhraseWhateverTheServerSends() {
        // MockWebServer's status line says "429 Client Error"; Codex prints the canonical phrase regardless
        // ("exceeded retry limit, last status: 429 Too Many Requests" in h4_429_no_retry_after).
        server.enqueue(HttpError.status(429));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 0), hello()));

        assertEquals("Too Many Requests", ((ModelError.HttpStatus) e.error()).reason());
    }

    @Test
    void badRequestCarriesTheServersErrorMessage() {
        server.enqueue(HttpError.status(400).message("Invalid 'input[3].content': expected an array."));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 4), hello()));

        ModelError.HttpStatus status = assertInstanceOf(ModelError.HttpStatus.class, e.error());
        assertEquals(400, status.status());
        assertEquals("Invalid 'input[3].content': expected an array.", status.serverMessage());
        assertEquals(null, status.retryAfter());
        assertEquals(1, server.requestCount());
    }

    @Test
    void nonJsonErrorBodyIsKeptAsText() {
        server.enqueue(HttpError.status(403).rawBody("<html>blocked by proxy</html>"));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 0), hello()));

        assertEquals("<html>blocked by proxy</html>", ((ModelError.HttpStatus) e.error()).serverMessage());
    }

    @Test
    void cancellingDuringRetryBackoffEndsPromptlyWithCancelled() throws Exception {
        server.enqueueForever(HttpError.status(503));
        CancellationToken cancel = new CancellationToken();

        CompletableFuture<Void> streaming = ClientFixture.streamAsync(client(server.baseUrl(), 100), hello(),
                event -> { }, cancel);
        server.takeRequest(Duration.ofSeconds(10));
        cancel.cancel();

        ExecutionException e = assertThrows(ExecutionException.class, () -> streaming.get(5, TimeUnit.SECONDS));
        assertEquals(new ModelError.Cancelled(), ((ModelException) e.getCause()).error());
    }

    @Test
    void unreachablePortFailsWithConnectionFailedAfterRetries() throws IOException {
        String deadUrl = "http://127.0.0.1:" + freePort() + "/v1";
        long start = System.nanoTime();

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(deadUrl, 1), hello()));

        assertInstanceOf(ModelError.ConnectionFailed.class, e.error());
        // One retry means one backoff of 200 ms ± 10% before giving up.
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 180, "the connection was retried");
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
