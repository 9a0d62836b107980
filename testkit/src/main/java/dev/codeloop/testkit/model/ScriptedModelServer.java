package dev.codeloop.testkit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.Protocol;

/**
 * A fake OpenAI Responses API on 127.0.0.1 that answers {@code POST {baseUrl}/responses} from a script.
 *
 * <p>Answers come from the queue for the request's {@code prompt_cache_key} ({@link #enqueueFor}) if it
 * has one, else from the global queue ({@link #enqueue}), in order, one per request. When both are empty
 * the server answers 500 "scripted model server: no more scripted responses" so a test fails loudly. Other paths
 * get a 404. Safe to use from many client threads at once; needs no test framework.
 *
 * <pre>{@code
 * try (ScriptedModelServer server = ScriptedModelServer.start()) {
 *     server.enqueue(Sse.response("resp_1").message("msg_1", "Hello ", "world.").completed());
 *     // point the client at server.baseUrl(), then:
 *     RecordedModelRequest request = server.takeRequest(Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class ScriptedModelServer implements AutoCloseable {
    private static final String BASE_PATH = "/v1";

    private final MockWebServer server = new MockWebServer();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final ModelDispatcher dispatcher = new ModelDispatcher(BASE_PATH + "/responses", shutdown);

    private ScriptedModelServer() {}

    /** Starts a server on a free loopback port. */
    public static ScriptedModelServer start() {
        ScriptedModelServer scripted = new ScriptedModelServer();
        scripted.server.setDispatcher(scripted.dispatcher);
        scripted.server.setProtocols(List.of(Protocol.HTTP_1_1)); // SSE over plain HTTP/1.1, like most proxies
        scripted.server.setServerSocketFactory(new WideBacklogServerSocketFactory());
        try {
            scripted.server.start(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("scripted model server failed to start", e);
        }
        return scripted;
    }

    /** {@code http://127.0.0.1:PORT/v1}: what a client uses as its OpenAI base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + BASE_PATH;
    }

    public int port() {
        return server.getPort();
    }

    /** Adds answers to the global queue, in order. */
    public ScriptedModelServer enqueue(ScriptedResponse... responses) {
        for (ScriptedResponse response : responses) {
            dispatcher.global().add(response, false);
        }
        return this;
    }

    /** Answers every later request that reaches the global queue with {@code response}; anything queued after it is never reached. */
    public ScriptedModelServer enqueueForever(ScriptedResponse response) {
        dispatcher.global().add(response, true);
        return this;
    }

    /** Adds answers reserved for requests whose body has {@code "prompt_cache_key": promptCacheKey}. */
    public ScriptedModelServer enqueueFor(String promptCacheKey, ScriptedResponse... responses) {
        ScriptQueue queue = dispatcher.forCacheKey(promptCacheKey);
        for (ScriptedResponse response : responses) {
            queue.add(response, false);
        }
        return this;
    }

    /** Like {@link #enqueueForever} but only for requests with this {@code prompt_cache_key}. */
    public ScriptedModelServer enqueueForeverFor(String promptCacheKey, ScriptedResponse response) {
        dispatcher.forCacheKey(promptCacheKey).add(response, true);
        return this;
    }

    /** One-shot answers not yet used, across all queues. */
    public int remainingResponses() {
        return dispatcher.remaining();
    }

    /**
     * The next request not yet taken, in arrival order; waits up to {@code timeout}.
     *
     * @throws AssertionError if none arrives in time (so a test fails with a clear message)
     */
    public RecordedModelRequest takeRequest(Duration timeout) throws InterruptedException {
        RecordedModelRequest request = dispatcher.untaken().poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (request == null) {
            throw new AssertionError("scripted model server: no request arrived within " + Durations.format(timeout)
                    + " (" + requestCount() + " received so far; script left: " + dispatcher.describeScript() + ")");
        }
        return request;
    }

    /** Every request received so far, taken or not, in arrival order. */
    public List<RecordedModelRequest> requests() {
        return List.copyOf(dispatcher.recorded());
    }

    public int requestCount() {
        return dispatcher.recorded().size();
    }

    /** Stops the server; running and stalled streams are cut so this returns promptly. */
    @Override
    public void close() {
        shutdown.countDown();
        try {
            server.close();
        } finally {
            // An answer whose headers never got out (the socket closed first) is finished too.
            dispatcher.recorded().forEach(RecordedModelRequest::markAnswerWritten);
        }
    }

    @Override
    public String toString() {
        return "ScriptedModelServer{" + baseUrl() + ", " + requestCount() + " requests, script left: "
                + dispatcher.describeScript() + "}";
    }
}
