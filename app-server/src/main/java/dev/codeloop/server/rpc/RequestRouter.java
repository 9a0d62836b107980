package dev.codeloop.server.rpc;

import dev.codeloop.protocol.Methods;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * lsp4j's local endpoint: finds the route of each request, enforces the initialize handshake, binds params,
 * and runs the handler off the reader thread (per-thread FIFO lanes, or concurrently).
 *
 * <p>Work is <em>prepared</em> in {@link #request} and <em>released</em> by {@link #releasePending()} only after
 * lsp4j has attached its response callback to the returned future. Completing the future then writes the
 * response synchronously, before the handler's follow-up work (a turn's events) can emit anything.
 */
public final class RequestRouter implements Endpoint {

    private final Map<String, Route<?, ?>> routes = new LinkedHashMap<>();
    private final ConnectionState state;
    private final ParamsBinder binder;
    private final ExecutorService executor;
    private final SerialExecutors lanes;
    private final InboundLimit limit;
    private Runnable pending;
    /** Size of the line the reader is handing over; requests arrive on the reader thread, one at a time. */
    private long nextRequestBytes;

    public RequestRouter(ConnectionState state, ParamsBinder binder, ExecutorService executor, InboundLimit limit) {
        this.state = state;
        this.binder = binder;
        this.executor = executor;
        this.lanes = new SerialExecutors(executor);
        this.limit = limit;
    }

    /** Adds the routes; done once, before the first message is read. */
    public void register(List<Route<?, ?>> routeList) {
        for (Route<?, ?> route : routeList) {
            if (routes.put(route.method().name(), route) != null) {
                throw new IllegalStateException("two routes for " + route.method().name());
            }
        }
    }

    /** Called by the reader before it hands over a message: the size of its line, for the inbound limit. */
    public void nextMessageSize(long bytes) {
        nextRequestBytes = bytes;
    }

    /**
     * Takes room in the inbound limit for the request (or refuses it as overloaded) and frees it when the answer
     * is written: lsp4j writes the response from the callback it attaches to the returned future.
     */
    @Override
    public CompletableFuture<?> request(String method, Object params) {
        long bytes = nextRequestBytes;
        nextRequestBytes = 0;
        if (!limit.tryAcquire(bytes)) {
            log().warn("refusing {}: too many requests pending (limit {})", shorten(method), limit.capacity());
            return failed(RpcErrors.error(RpcErrors.OVERLOADED, RpcErrors.OVERLOADED_MESSAGE));
        }
        CompletableFuture<?> answer;
        try {
            answer = route(method, params);
        } catch (RuntimeException e) {
            limit.release(bytes);
            throw e;
        }
        answer.whenComplete((result, error) -> limit.release(bytes));
        return answer;
    }

    private CompletableFuture<?> route(String method, Object params) {
        Route<?, ?> route = routes.get(method);
        if (route == null) {
            return failed(RpcErrors.error(RpcErrors.METHOD_NOT_FOUND, "Method not found: " + shorten(method)));
        }
        boolean isInitialize = method.equals(Methods.INITIALIZE.name());
        if (!isInitialize && !state.initialized()) {
            return failed(RpcErrors.invalidRequest("Not initialized"));
        }
        if (isInitialize && state.initialized()) {
            return failed(RpcErrors.invalidRequest("Already initialized"));
        }
        try {
            return prepare(route, params);
        } catch (ResponseErrorException e) {
            return failed(e);
        }
    }

    private <P, R> CompletableFuture<Object> prepare(Route<P, R> route, Object rawParams) {
        P params = binder.bind(route.method(), rawParams);
        CompletableFuture<Object> future = new CompletableFuture<>();
        Runnable task = () -> execute(route, params, future);
        if (route.inline()) {
            pending = task;
        } else if (route.threadKey() != null && route.threadKey().apply(params) != null) {
            String key = route.threadKey().apply(params);
            pending = () -> lanes.submit(key, task);
        } else {
            pending = () -> executor.execute(task);
        }
        return future;
    }

    private static <P, R> void execute(Route<P, R> route, P params, CompletableFuture<Object> future) {
        Reply<R> reply;
        try {
            reply = route.handler().handle(params);
        } catch (ResponseErrorException e) {
            future.completeExceptionally(e);
            return;
        } catch (RuntimeException e) {
            log().error("{} failed", route.method().name(), e);
            future.completeExceptionally(RpcErrors.error(RpcErrors.INTERNAL_ERROR,
                    "Internal error in " + route.method().name() + ": " + e));
            return;
        }
        future.complete(reply.result());
        if (reply.afterReply() != null) {
            reply.afterReply().run();
        }
    }

    /** Runs (or schedules) the work prepared by the last {@link #request}; called on the reader thread. */
    public void releasePending() {
        Runnable task = pending;
        pending = null;
        if (task != null) {
            task.run();
        }
    }

    @Override
    public void notify(String method, Object params) {
        if (!method.equals(Methods.INITIALIZED.name())) {
            log().debug("ignoring client notification {}", method);
        }
    }

    /** A method name as quoted back in errors and logs: a hostile one may be megabytes long. */
    private static String shorten(String method) {
        return method.length() <= 200 ? method : method.substring(0, 200) + "... (" + method.length() + " chars)";
    }

    private static CompletableFuture<Object> failed(ResponseErrorException error) {
        return CompletableFuture.failedFuture(error);
    }

    /** Looked up on use: setting up slf4j (~6 ms) need not happen before the {@code initialize} answer. */
    private static Logger log() {
        return LoggerFactory.getLogger(RequestRouter.class);
    }
}
