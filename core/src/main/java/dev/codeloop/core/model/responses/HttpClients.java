package dev.codeloop.core.model.responses;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * One OkHttp client per process, built on first use (not at startup: its TLS setup costs ~100 ms that
 * {@code initialize} should not pay). Per-provider settings derive cheap copies sharing the pool.
 */
public final class HttpClients {

    private HttpClients() {
    }

    private static final class Holder {
        static final OkHttpClient SHARED = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                // Retries are ours: they must be counted, reported and cancellable.
                .retryOnConnectionFailure(false)
                .eventListenerFactory(QuickAckListener.FACTORY)
                .build();
    }

    /** A client whose read timeout is the stream idle timeout. */
    public static OkHttpClient withIdleTimeout(Duration idleTimeout) {
        return Holder.SHARED.newBuilder().readTimeout(idleTimeout).build();
    }
}
