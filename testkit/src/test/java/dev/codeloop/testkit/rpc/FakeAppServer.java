package dev.codeloop.testkit.rpc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny stand-in app server for testing {@link AppServerProcess}: NDJSON over stdio, Codex-style (no "jsonrpc").
 * Each request method triggers one behaviour (see {@link #onRequest}). On stdin EOF it exits with the code given
 * as the first argument (default 0).
 */
public final class FakeAppServer {

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    /** Our server→client request id → the client request id to answer once the client responds. */
    private final Map<Long, JsonNode> pendingAsks = new HashMap<>();
    private long nextServerRequestId;

    public static void main(String[] args) throws IOException {
        int exitCode = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        new FakeAppServer().run();
        System.exit(exitCode);
    }

    /** The command line that runs this fake with the test classpath, in a JVM tuned for fast start. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                FakeAppServer.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private void run() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            JsonNode message;
            try {
                message = Json.parse(line);
            } catch (RuntimeException e) {
                write(Json.object("id", null, "error", Json.object("code", -32700, "message", "Parse error")));
                continue;
            }
            if (message.has("method") && message.has("id")) {
                onRequest(message.get("id"), message.get("method").stringValue(), message.path("params"));
            } else if (message.has("id") && !message.has("method")) {
                onClientResponse(message);
            }
            // Notifications (e.g. "initialized") need no answer.
        }
    }

    private void onRequest(JsonNode id, String method, JsonNode params) throws IOException {
        switch (method) {
            case "initialize" -> respond(id, Json.object("userAgent", "fake/0.0.0", "codexHome", "/tmp/fake-home",
                    "platformFamily", "unix", "platformOs", "linux"));
            case "echo" -> respond(id, params);
            case "fail" -> write(Json.object("id", id,
                    "error", Json.object("code", -32000, "message", "failed on purpose")));
            case "emit" -> {
                // params: {notifications:[{method, params}], respondFirst: bool}
                boolean respondFirst = params.path("respondFirst").asBoolean(false);
                if (respondFirst) {
                    respond(id, Json.object());
                }
                for (JsonNode n : params.path("notifications")) {
                    write(Json.object("method", n.get("method"), "params", n.path("params"),
                            "emittedAtMs", System.currentTimeMillis()));
                }
                if (!respondFirst) {
                    respond(id, Json.object());
                }
            }
            case "ask" -> {
                // params: {method, params}: forwarded as a server→client request; answered once the client replies.
                long serverId = nextServerRequestId++;
                pendingAsks.put(serverId, id);
                write(Json.object("method", params.get("method"), "id", serverId, "params", params.path("params")));
            }
            case "raw" -> out.println(params.path("line").stringValue());
            case "stderr" -> {
                System.err.println(params.path("text").stringValue());
                respond(id, Json.object());
            }
            case "spawnChild" -> {
                Process child = new ProcessBuilder("sleep", "60").start();
                respond(id, Json.object("pid", child.pid()));
            }
            case "exit" -> System.exit(params.path("code").asInt());
            default -> write(Json.object("id", id, "error", Json.object("code", -32601, "message", "no " + method)));
        }
    }

    private void onClientResponse(JsonNode response) {
        long serverId = response.get("id").asLong();
        JsonNode askId = pendingAsks.remove(serverId);
        write(Json.object("method", "serverRequest/resolved",
                "params", Json.object("threadId", "t1", "requestId", serverId), "emittedAtMs", 1L));
        respond(askId, Json.object("answer", response.has("result") ? response.get("result") : response.get("error")));
    }

    private void respond(JsonNode id, JsonNode result) {
        write(Json.object("id", id, "result", result));
    }

    private void write(ObjectNode message) {
        out.println(Json.compact(message));
    }
}
