package dev.codeloop.server.rpc;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;

/**
 * lsp4j's remote endpoint with two adjustments: server→client requests get integer ids counting from 0
 * (as Codex sends them), and a request's prepared work is released only after lsp4j is ready to answer it.
 */
public final class ServerEndpoint extends RemoteEndpoint {

    private final RequestRouter router;
    private final AtomicInteger nextId = new AtomicInteger();
    /** The id given to the request the current thread is sending (read right after {@code request} returns). */
    private final ThreadLocal<Integer> lastIdOnThisThread = new ThreadLocal<>();

    /** A server→client request on its way: its id (for {@code serverRequest/resolved}) and its answer. */
    public record SentRequest(int id, java.util.concurrent.CompletableFuture<Object> response) {
    }

    public ServerEndpoint(MessageConsumer out, RequestRouter router) {
        super(out, router);
        this.router = router;
    }

    @Override
    protected RequestMessage createRequestMessage(String method, Object parameter) {
        RequestMessage request = new RequestMessage();
        int id = nextId.getAndIncrement();
        lastIdOnThisThread.set(id);
        request.setId(id);
        request.setMethod(method);
        request.setParams(parameter);
        return request;
    }

    /** Sends a request to the client; the answer completes {@code response} (exceptionally for an error answer). */
    public SentRequest sendRequest(String method, Object params) {
        java.util.concurrent.CompletableFuture<Object> response = request(method, params);
        return new SentRequest(lastIdOnThisThread.get(), response);
    }

    @Override
    protected void handleRequest(RequestMessage requestMessage) {
        super.handleRequest(requestMessage);
        router.releasePending();
    }
}
