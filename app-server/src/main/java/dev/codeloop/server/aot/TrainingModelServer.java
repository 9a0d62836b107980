package dev.codeloop.server.aot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A Responses API stand-in on loopback for the AOT training run: the first call of a turn asks for a shell
 * command, the call that carries its output gets a short streamed message. It runs in the JVM that starts the
 * training ({@link AotCacheBuilder}), so none of its classes end up in the cache.
 */
final class TrainingModelServer implements AutoCloseable {

    private final HttpServer server;

    private TrainingModelServer(HttpServer server) {
        this.server = server;
    }

    static TrainingModelServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", TrainingModelServer::respond);
        server.start();
        return new TrainingModelServer(server);
    }

    /** The base URL to configure as the provider's {@code base_url}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private static void respond(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean followUp = body.contains("function_call_output");
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write((followUp ? ModelScript.message() : ModelScript.shellCall()).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
