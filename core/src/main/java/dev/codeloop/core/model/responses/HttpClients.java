package dev.codeloop.core.model.responses;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * The process's OkHttp clients, each built on first use (not at startup). Per-provider settings derive cheap
 * copies sharing the pool. Providers on plain {@code http://} (Ollama, vLLM, a local proxy) get a client that
 * never sets up TLS: OkHttp otherwise loads the trust store and ~400 JDK security classes (~100 ms) when it
 * is built, whether or not a connection ever uses them.
 */
public final class HttpClients {

    private HttpClients() {
    }

    private static OkHttpClient.Builder base() {
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                // Retries are ours: they must be counted, reported and cancellable.
                .retryOnConnectionFailure(false)
                .eventListenerFactory(QuickAckListener.FACTORY);
    }

    private static final class WithTls {
        static final OkHttpClient SHARED = base().build();
    }

    private static final class CleartextOnly {
        // A redirect to https cannot be followed without TLS: the 30x comes back as an HTTP error instead.
        static final OkHttpClient SHARED = base().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .followSslRedirects(false)
                .build();
    }

    /** A client for {@code baseUrl} whose read timeout is the stream idle timeout. */
    public static OkHttpClient forUrl(String baseUrl, Duration idleTimeout) {
        OkHttpClient shared = isCleartext(baseUrl) ? CleartextOnly.SHARED : WithTls.SHARED;
        return shared.newBuilder().readTimeout(idleTimeout).build();
    }

    /** True for a plain {@code http://} base URL: its client never sets up TLS. */
    public static boolean isCleartext(String baseUrl) {
        return baseUrl.toLowerCase(Locale.ROOT).startsWith("http://");
    }
}
