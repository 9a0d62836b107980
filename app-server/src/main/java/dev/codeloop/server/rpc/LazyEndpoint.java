package dev.codeloop.server.rpc;

import dev.codeloop.protocol.Methods;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * lsp4j's endpoint ({@link ServerEndpoint}), made on first use. Loading it sets up JUL's {@code LogManager}
 * for lsp4j's static logger (~5 ms whatever the logging config), so a client's first message, {@code initialize},
 * is answered before it exists, the way {@code RemoteEndpoint.handleRequest} answers a request.
 */
public final class LazyEndpoint implements Supplier<ServerEndpoint> {

    private final MessageConsumer out;
    private final RequestRouter router;
    private volatile ServerEndpoint endpoint;

    public LazyEndpoint(MessageConsumer out, RequestRouter router) {
        this.out = out;
        this.router = router;
    }

    @Override
    public ServerEndpoint get() {
        ServerEndpoint made = endpoint;
        if (made == null) {
            synchronized (this) {
                made = endpoint;
                if (made == null) {
                    made = new ServerEndpoint(out, router);
                    endpoint = made;
                }
            }
        }
        return made;
    }

    /** True once the endpoint was made. */
    boolean made() {
        return endpoint != null;
    }

    /** Hands one message read from the client on: to the endpoint, or answers an initialize sent before it. */
    public void consume(Message message) {
        if (endpoint == null && message instanceof RequestMessage request
                && Methods.INITIALIZE.name().equals(request.getMethod())) {
            answer(request);
        } else {
            get().consume(message);
        }
    }

    /** The initialize route runs inline: its answer is written before {@code releasePending} returns. */
    private void answer(RequestMessage request) {
        CompletableFuture<?> result;
        try {
            result = router.request(request.getMethod(), request.getParams());
        } catch (RuntimeException e) { // a ResponseErrorException among them
            out.consume(response(request, null, e));
            return;
        }
        result.whenComplete((value, error) -> out.consume(response(request, value, error)));
        router.releasePending();
    }

    private static ResponseMessage response(RequestMessage request, Object value, Throwable error) {
        ResponseMessage response = new ResponseMessage();
        response.setRawId(request.getRawId());
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (cause == null) {
            response.setResult(value);
        } else if (cause instanceof ResponseErrorException failure) {
            response.setError(failure.getResponseError());
        } else {
            response.setError(RpcErrors.error(RpcErrors.INTERNAL_ERROR, "Internal error in "
                    + request.getMethod() + ": " + cause).getResponseError());
        }
        return response;
    }
}
