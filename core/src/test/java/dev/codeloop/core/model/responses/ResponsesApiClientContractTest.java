package dev.codeloop.core.model.responses;

import static dev.codeloop.core.model.responses.ClientFixture.client;
import static dev.codeloop.core.model.responses.ClientFixture.hello;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.model.ModelError;
import dev.codeloop.core.model.ModelEvent;
import dev.codeloop.core.model.ModelException;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the client promises its caller beyond decoding: whose failure is whose. */
class ResponsesApiClientContractTest {

    private final ScriptedModelServer server = ScriptedModelServer.start();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void listenerFailureIsRethrownAsItIsNotReportedAsADisconnect() {
        server.enqueue(Sse.response("r1").message("msg_1", "Hello").completed());
        IllegalStateException bug = new IllegalStateException("handler bug");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> client(server.baseUrl(), 3).stream(hello(), event -> {
                    if (event instanceof ModelEvent.TextDelta) {
                        throw bug;
                    }
                }, CancellationToken.none()));

        assertSame(bug, thrown);
        assertEquals(1, server.requestCount());
    }

    @Test
    void baseUrlThatIsNoUrlIsMisconfigured() {
        ModelException e = assertThrows(ModelException.class,
                () -> client("localhost:8080/v1", 0).stream(hello(), event -> { }, CancellationToken.none()));

        ModelError.Misconfigured error = assertInstanceOf(ModelError.Misconfigured.class, e.error());
        assertTrue(error.message().contains("localhost:8080/v1"), error.message());
    }
}
