package dev.codeloop.testkit.model;

/** Entry point for scripting SSE answers: {@code Sse.response("resp_1").message("msg_1", "Hi").completed()}. */
public final class Sse {
    private Sse() {}

    /** A stream that starts with {@code response.created} for {@code responseId}. */
    public static SseStreamBuilder response(String responseId) {
        return new SseStreamBuilder(responseId, true);
    }

    /** A stream that writes only what you add: not even {@code response.created}. */
    public static SseStreamBuilder bare(String responseId) {
        return new SseStreamBuilder(responseId, false);
    }
}
