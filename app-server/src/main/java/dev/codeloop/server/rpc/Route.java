package dev.codeloop.server.rpc;

import dev.codeloop.protocol.MethodDescriptor;
import java.util.function.Function;

/**
 * How a request method is served: its handler, and where it runs.
 *
 * @param threadKey for thread-scoped methods, extracts the thread id so requests of one thread run in
 *                  order while different threads run in parallel; null for methods without a thread
 * @param inline    run on the reader thread (only for trivial, non-blocking handlers such as initialize)
 */
public record Route<P, R>(MethodDescriptor<P, R> method, Handler<P, R> handler, Function<P, String> threadKey,
                          boolean inline) {

    public static <P, R> Route<P, R> inline(MethodDescriptor<P, R> method, Handler<P, R> handler) {
        return new Route<>(method, handler, null, true);
    }

    public static <P, R> Route<P, R> concurrent(MethodDescriptor<P, R> method, Handler<P, R> handler) {
        return new Route<>(method, handler, null, false);
    }

    public static <P, R> Route<P, R> perThread(MethodDescriptor<P, R> method, Function<P, String> threadKey,
                                               Handler<P, R> handler) {
        return new Route<>(method, handler, threadKey, false);
    }
}
