package dev.codeloop.server.rpc;

/**
 * A handler's answer, plus work to do once the answer is on its way to the client (e.g. start the turn whose
 * events must follow the {@code turn/start} response).
 */
public record Reply<R>(R result, Runnable afterReply) {

    public static <R> Reply<R> of(R result) {
        return new Reply<>(result, null);
    }

    public static <R> Reply<R> then(R result, Runnable afterReply) {
        return new Reply<>(result, afterReply);
    }
}
