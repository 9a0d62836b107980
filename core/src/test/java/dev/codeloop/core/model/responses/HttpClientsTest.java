package dev.codeloop.core.model.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientsTest {

    private static final Duration IDLE = Duration.ofSeconds(7);

    @Test
    void plainHttpProvidersGetAClientWithoutTls() {
        OkHttpClient client = HttpClients.forUrl("http://127.0.0.1:11434/v1", IDLE);
        assertEquals(List.of(ConnectionSpec.CLEARTEXT), client.connectionSpecs());
        // OkHttp never built an SSL socket factory (nor loaded a trust store) for it.
        assertThrows(IllegalStateException.class, client::sslSocketFactory);
        assertEquals(IDLE.toMillis(), client.readTimeoutMillis());
    }

    @Test
    void httpsProvidersGetTls() {
        OkHttpClient client = HttpClients.forUrl("HTTPS://api.openai.com/v1", IDLE);
        assertNotNull(client.sslSocketFactory());
        assertEquals(IDLE.toMillis(), client.readTimeoutMillis());
    }

    @Test
    void clientsOfOneKindShareTheirConnectionPool() {
        OkHttpClient first = HttpClients.forUrl("http://127.0.0.1:1/v1", IDLE);
        OkHttpClient second = HttpClients.forUrl("http://localhost:2/v1", Duration.ofSeconds(1));
        assertEquals(first.connectionPool(), second.connectionPool());
    }
}
