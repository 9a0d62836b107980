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

    public ServerEndpoint(MessageConsumer out, RequestRouter router) {
        super(out, router);
        this.router = router;
    }

    @Override
    protected RequestMessage createRequestMessage(String method, Object parameter) {
        RequestMessage request = new RequestMessage();
        request.setId(nextId.getAndIncrement());
        request.setMethod(method);
        request.setParams(parameter);
        return request;
    }

    @Override
    protected void handleRequest(RequestMessage requestMessage) {
        super.handleRequest(requestMessage);
        router.releasePending();
    }
}
