package dev.codeloop.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.initialize.InitializeResponse;
import dev.codeloop.server.handlers.InitializeHandler;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The first initialize is answered before lsp4j's endpoint exists, exactly as the endpoint would answer it. */
class LazyEndpointTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Message> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private LazyEndpoint endpoint() {
        ConnectionState state = new ConnectionState();
        RequestRouter router = new RequestRouter(state, new ParamsBinder(state), executor,
                new InboundLimit(16, 1 << 20));
        router.register(List.of(Route.inline(Methods.INITIALIZE, new InitializeHandler(state, home)::handle)));
        return new LazyEndpoint(sent::add, router);
    }

    private static RequestMessage initialize(int id) {
        RequestMessage request = new RequestMessage();
        request.setId(id);
        request.setMethod(Methods.INITIALIZE.name());
        request.setParams(JSON.readTree("{\"clientInfo\":{\"name\":\"lazy-test\",\"version\":\"1\"}}"));
        return request;
    }

    @Test
    void theFirstInitializeIsAnsweredWithoutMakingTheEndpoint() {
        LazyEndpoint endpoint = endpoint();

        endpoint.consume(initialize(0));

        assertFalse(endpoint.made());
        ResponseMessage answer = assertInstanceOf(ResponseMessage.class, sent.getFirst());
        assertEquals("0", answer.getId());
        assertNull(answer.getError());
        assertInstanceOf(InitializeResponse.class, answer.getResult());
    }

    @Test
    void errorsAreAnsweredAsTheEndpointWouldAndLaterMessagesMakeIt() {
        LazyEndpoint endpoint = endpoint();
        endpoint.consume(initialize(0));

        endpoint.consume(initialize(1));
        ResponseMessage again = assertInstanceOf(ResponseMessage.class, sent.get(1));
        assertEquals("1", again.getId());
        assertEquals(-32600, again.getError().getCode());
        assertEquals("Already initialized", again.getError().getMessage());
        assertFalse(endpoint.made());

        NotificationMessage initialized = new NotificationMessage();
        initialized.setMethod(Methods.INITIALIZED.name());
        endpoint.consume(initialized);
        assertTrue(endpoint.made());

        endpoint.consume(initialize(2)); // through lsp4j's endpoint now, with the same answer
        ResponseMessage third = assertInstanceOf(ResponseMessage.class, sent.get(2));
        assertEquals("2", third.getId());
        assertEquals("Already initialized", third.getError().getMessage());
    }
}
