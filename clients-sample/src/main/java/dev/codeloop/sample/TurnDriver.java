package dev.codeloop.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The protocol steps of a one-turn session: initialize → initialized → thread/start → turn/start → turn/completed. */
final class TurnDriver {

    static final Duration RPC_TIMEOUT = Duration.ofSeconds(30);

    private final CodeloopClient client;
    private final TurnWatcher watcher;

    TurnDriver(CodeloopClient client, TurnWatcher watcher) {
        this.client = client;
        this.watcher = watcher;
    }

    /** The handshake; returns the server's user agent. */
    String initialize(String clientName, String clientTitle) throws IOException, InterruptedException, TimeoutException {
        ObjectNode params = client.object();
        params.putObject("clientInfo").put("name", clientName).put("title", clientTitle).put("version", version());
        params.putObject("capabilities").put("experimentalApi", true);
        JsonNode result = client.call("initialize", params, RPC_TIMEOUT);
        client.notify("initialized", null);
        return JsonFields.text(result, "userAgent", "?");
    }

    /** Starts a thread in {@code cwd}; {@code overrides} may set {@code approvalPolicy}, {@code sandbox}, {@code model}… */
    ThreadInfo startThread(Path cwd, ObjectNode overrides) throws InterruptedException, TimeoutException {
        ObjectNode params = client.object().put("cwd", cwd.toAbsolutePath().normalize().toString());
        if (overrides != null) {
            params.setAll(overrides);
        }
        return ThreadInfo.from(client.call("thread/start", params, RPC_TIMEOUT));
    }

    /**
     * Sends the prompt and waits until the turn completes (its events reach the watcher meanwhile).
     *
     * @throws ServerGoneException if the server exits first
     * @throws TimeoutException    if the turn takes longer than {@code timeout}
     */
    TurnOutcome runTurn(String threadId, String prompt, Duration timeout) throws InterruptedException, TimeoutException {
        ObjectNode params = client.object().put("threadId", threadId);
        params.putArray("input").addObject().put("type", "text").put("text", prompt).putArray("text_elements");
        client.call("turn/start", params, RPC_TIMEOUT);
        CompletableFuture<Object> endOrExit = CompletableFuture.anyOf(watcher.outcome(), client.exited());
        try {
            endOrExit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (watcher.outcome().isDone()) {
            return watcher.outcome().join();
        }
        throw new ServerGoneException("the server exited (code " + client.exited().join() + ") before the turn finished");
    }

    /** The server process ended while we still needed it. */
    static final class ServerGoneException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerGoneException(String message) {
            super(message);
        }
    }

    private static String version() {
        String version = TurnDriver.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
