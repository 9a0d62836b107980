package dev.codeloop.server.it;

import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.rpc.AppServerProcess;
import dev.codeloop.testkit.rpc.CodeloopHome;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import dev.codeloop.testkit.rpc.ServerMessage;
import dev.codeloop.testkit.schema.CodexSchema;
import dev.codeloop.testkit.schema.SchemaViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real thing under test: a scripted model server, a temp CODELOOP_HOME pointing at it, a temp workspace,
 * and {@code bin/codeloop app-server} as a subprocess. Every message the server writes is validated against
 * the Codex reference schema.
 */
final class ServerFixture implements AutoCloseable {

    final ScriptedModelServer model;
    final CodeloopHome home;
    final Path workspace;
    /** Environment added to the server's on top of the home's (e.g. CODELOOP_JAVA_OPTS, PATH). */
    final Map<String, String> extraEnv;
    AppServerProcess server;

    private ServerFixture(ScriptedModelServer model, CodeloopHome home, Path workspace, Map<String, String> extraEnv) {
        this.model = model;
        this.home = home;
        this.workspace = workspace;
        this.extraEnv = extraEnv;
        this.server = launch(home, workspace, extraEnv);
    }

    /** A server whose provider does no retries (each scripted answer is used exactly once). */
    static ServerFixture start() {
        return start(0, 0, "");
    }

    /**
     * @param extraTopLevel TOML lines added before the provider table (top-level keys)
     */
    static ServerFixture start(int requestRetries, int streamRetries, String extraTopLevel) {
        ScriptedModelServer model = ScriptedModelServer.start();
        return startWith(model, config(model.baseUrl(), requestRetries, streamRetries, extraTopLevel, 300_000));
    }

    static ServerFixture startWith(ScriptedModelServer model, String configToml) {
        return startWith(model, configToml, Map.of());
    }

    static ServerFixture startWith(ScriptedModelServer model, String configToml, Map<String, String> extraEnv) {
        CodeloopHome home = CodeloopHome.create(configToml);
        Path workspace;
        try {
            workspace = Files.createTempDirectory("codeloop-ws-");
            Files.writeString(workspace.resolve("README.md"), "# Demo project\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ServerFixture(model, home, workspace, extraEnv);
    }

    static String config(String baseUrl, int requestRetries, int streamRetries, String extraTopLevel,
                         long idleTimeoutMs) {
        return CodeloopHome.scriptedProviderConfig(baseUrl, CodeloopHome.TEST_API_KEY_ENV, requestRetries,
                streamRetries, idleTimeoutMs, extraTopLevel);
    }

    /** Methods of ours that Codex's reference schema does not have (their payloads are checked by our own tests). */
    static final List<String> OUR_EXTENSIONS = List.of("thread/rollback");

    private static AppServerProcess launch(CodeloopHome home, Path workspace, Map<String, String> extraEnv) {
        Map<String, String> env = new java.util.HashMap<>(home.env());
        env.putAll(extraEnv);
        AppServerProcess server = AppServerProcess.start(dev.codeloop.testkit.rpc.ServerLauncher.appServerCommand(),
                env, workspace);
        server.onEveryServerMessage(ServerFixture::validate);
        return server;
    }

    /**
     * Every server message must match the Codex reference schema, with one documented exception: the approval
     * policy {@code on-failure}, retired from Codex's enum by 0.169 but still accepted (and reported) by us.
     */
    static void validate(ServerMessage message) {
        List<SchemaViolation> violations = CodexSchema.reference().allowingExtensions(OUR_EXTENSIONS)
                .validateServerMessage(message.json(), message.requestMethod()).stream()
                .filter(v -> !isOnFailurePolicy(message.json(), v)).toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("server message does not match the Codex reference schema:\n  "
                    + message.json() + "\n  " + violations);
        }
    }

    private static boolean isOnFailurePolicy(JsonNode json, SchemaViolation violation) {
        return violation.location().endsWith("/approvalPolicy")
                && "on-failure".equals(json.at(violation.location()).stringValue());
    }

    /** Stops the server as a client would (stdin closed, clean exit) and starts a new one on the same home. */
    ServerFixture restart() {
        return restart(() -> { });
    }

    /** Like {@link #restart()}, doing {@code whileStopped} (e.g. damaging a file) between the two servers. */
    ServerFixture restart(Runnable whileStopped) {
        server.closeStdin();
        int exit = server.awaitExit(java.time.Duration.ofSeconds(10));
        if (exit != 0) {
            throw new AssertionError("server exited with " + exit + "\n" + server.stderr());
        }
        server.close();
        whileStopped.run();
        server = launch(home, workspace, extraEnv);
        return initialized();
    }

    /** Kills the server with SIGKILL (no chance to clean up) and starts a new one on the same home. */
    ServerFixture crashAndRestart() {
        server.kill();
        server.awaitExit(java.time.Duration.ofSeconds(10));
        server.close();
        server = launch(home, workspace, extraEnv);
        return initialized();
    }

    ServerFixture initialized() {
        server.initialize();
        return this;
    }

    /** Starts a thread in the workspace; returns its id (the thread/started notification is consumed). */
    String startThread() {
        return startThread(Json.object("cwd", workspace.toString()));
    }

    String startThread(ObjectNode params) {
        JsonNode result = server.requestResult("thread/start", params);
        server.awaitNotification("thread/started");
        return result.get("thread").get("id").stringValue();
    }

    /** Sends a request and returns whatever comes back, result or error. */
    JsonNode call(String method, JsonNode params) {
        return server.awaitResponse(server.send(method, params));
    }

    /** Sends turn/start; returns the request id. */
    long sendTurn(String threadId, String text) {
        return server.send("turn/start", Json.object("threadId", threadId, "input",
                List.of(Map.of("type", "text", "text", text, "text_elements", List.of()))));
    }

    /** Runs a whole turn: every message from the turn/start response through turn/completed. */
    List<JsonNode> runTurn(String threadId, String text) {
        long id = sendTurn(threadId, text);
        return collectTurn(id);
    }

    /** What the last await passed over before {@code matched}, plus {@code matched} itself. */
    List<JsonNode> messagesBefore(JsonNode matched) {
        List<JsonNode> head = new ArrayList<>(server.skippedByLastAwait());
        head.add(matched);
        return head;
    }

    /** A turn told in parts (e.g. around an approval): from the turn/start response through the end. */
    List<JsonNode> turnFrom(long turnStartId, List<JsonNode> head, List<JsonNode> rest) {
        List<JsonNode> all = new ArrayList<>(head);
        all.addAll(rest);
        return all.subList(indexOfResponse(all, turnStartId), all.size());
    }

    List<JsonNode> collectTurn(long turnStartId) {
        List<JsonNode> messages = new ArrayList<>(server.collectUntil(Messages.isNotification("turn/completed")));
        int response = indexOfResponse(messages, turnStartId);
        return messages.subList(response, messages.size());
    }

    private static int indexOfResponse(List<JsonNode> messages, long id) {
        for (int i = 0; i < messages.size(); i++) {
            if (Messages.isResponseTo(id).test(messages.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no response to turn/start #" + id + " in " + Messages.labels(messages));
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            model.close();
            home.close();
        }
    }

    static JsonNode params(JsonNode message) {
        return message.get("params");
    }

    static List<JsonNode> withMethod(List<JsonNode> messages, String method) {
        return messages.stream().filter(Messages.isNotification(method)).toList();
    }
}
