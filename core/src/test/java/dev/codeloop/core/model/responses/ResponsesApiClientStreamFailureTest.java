package dev.codeloop.core.model.responses;

import static dev.codeloop.core.model.responses.ClientFixture.client;
import static dev.codeloop.core.model.responses.ClientFixture.hello;
import static dev.codeloop.core.model.responses.ClientFixture.streamAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.model.ModelError;
import dev.codeloop.core.model.ModelEvent;
import dev.codeloop.core.model.ModelException;
import dev.codeloop.testkit.model.OutputItems;
import dev.codeloop.testkit.model.ResponsesEvents;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streams that end without {@code response.completed}: each ends in its own typed error, never retried here. */
class ResponsesApiClientStreamFailureTest {

    private final ScriptedModelServer server = ScriptedModelServer.start();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void cutStreamIsStreamDisconnectedAfterTheEventsBeforeTheCut() {
        server.enqueue(Sse.response("r1").message("msg_1", "partial ").cutBeforeCompletion());
        ClientFixture.Recorder recorder = new ClientFixture.Recorder();

        ModelException e = assertThrows(ModelException.class,
                () -> client(server.baseUrl(), 3).stream(hello(), recorder, CancellationToken.none()));

        assertInstanceOf(ModelError.StreamDisconnected.class, e.error());
        assertEquals(new ModelEvent.OutputItemDone("msg_1", ResponseItem.Message.assistantText("partial ")),
                recorder.events.getLast());
        assertEquals(1, server.requestCount(), "a broken stream is the turn's to retry, not the client's");
    }

    @Test
    void cleanEndWithoutCompletionIsStreamDisconnected() {
        server.enqueue(Sse.response("r1").message("msg_1", "partial ").endWithoutCompletion());

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 0), hello()));

        assertEquals(new ModelError.StreamDisconnected("stream closed before response.completed"), e.error());
    }

    @Test
    void stallLongerThanTheIdleTimeoutIsIdleTimeout() {
        Duration idle = Duration.ofMillis(300);
        server.enqueue(Sse.response("r1").message("msg_1", "so far").stallFor(Duration.ofSeconds(20)));

        ModelException e = assertThrows(ModelException.class,
                () -> streamAll(client(server.baseUrl(), 0, idle), hello()));

        assertEquals(new ModelError.IdleTimeout(idle), e.error());
    }

    @Test
    void responseFailedCarriesCodeAndMessage() {
        server.enqueue(Sse.response("r1").failed("server_is_overloaded", "Overloaded. Please try again in 1.5s."));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 0), hello()));

        assertEquals(new ModelError.ResponseFailed("server_is_overloaded", "Overloaded. Please try again in 1.5s.",
                Duration.ofMillis(1500)), e.error());
    }

    @Test
    void contextLengthExceededIsAResponseFailure() {
        server.enqueue(Sse.response("r1").failed("context_length_exceeded", "Your input exceeds the context window."));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 0), hello()));

        assertEquals(new ModelError.ResponseFailed("context_length_exceeded",
                "Your input exceeds the context window.", null), e.error());
    }

    @Test
    void topLevelErrorEventIsAResponseFailure() {
        server.enqueue(Sse.response("r1").error("rate_limit_exceeded", "Rate limit reached. Please try again in 250ms."));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 0), hello()));

        assertEquals(new ModelError.ResponseFailed("rate_limit_exceeded",
                "Rate limit reached. Please try again in 250ms.", Duration.ofMillis(250)), e.error());
    }

    @Test
    void incompleteResponseIsAResponseFailureNamingTheReason() {
        server.enqueue(Sse.response("r1").incomplete("max_output_tokens"));

        ModelException e = assertThrows(ModelException.class, () -> streamAll(client(server.baseUrl(), 0), hello()));

        ModelError.ResponseFailed failed = assertInstanceOf(ModelError.ResponseFailed.class, e.error());
        assertEquals("incomplete", failed.code());
        assertTrue(failed.message().contains("max_output_tokens"), failed.message());
    }

    @Test
    void cancellingMidStreamEndsTheCallPromptlyWithCancelled() throws Exception {
        server.enqueue(Sse.response("r1")
                .event(ResponsesEvents.outputItemAdded(0, OutputItems.messageInProgress("msg_1")))
                .event(ResponsesEvents.outputTextDelta("msg_1", 0, 0, "Hel"))
                .stallForever());
        ResponsesApiClient client = client(server.baseUrl(), 3);
        CancellationToken cancel = new CancellationToken();
        CountDownLatch firstDelta = new CountDownLatch(1);

        CompletableFuture<Void> streaming = ClientFixture.streamAsync(client, hello(), event -> {
            if (event instanceof ModelEvent.TextDelta) {
                firstDelta.countDown();
            }
        }, cancel);
        assertTrue(firstDelta.await(10, TimeUnit.SECONDS), "the first delta arrived");
        cancel.cancel();

        ExecutionException e = assertThrows(ExecutionException.class, () -> streaming.get(5, TimeUnit.SECONDS));
        ModelException cause = assertInstanceOf(ModelException.class, e.getCause());
        assertEquals(new ModelError.Cancelled(), cause.error());
        assertEquals(1, server.requestCount(), "a cancelled stream is not retried");
    }

    @Test
    void alreadyCancelledTokenSendsNoRequest() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();

        ModelException e = assertThrows(ModelException.class,
                () -> client(server.baseUrl(), 0).stream(hello(), event -> { }, cancel));

        assertEquals(new ModelError.Cancelled(), e.error());
        assertEquals(0, server.requestCount());
    }
}
