package dev.codeloop.testkit.rpc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON-RPC test client that runs an app server as a child process and talks to it over stdio the way Codex
 * clients do: one JSON message per line, no {@code "jsonrpc"} field, client request ids are integers from 0.
 *
 * <h2>Receiving</h2>
 * Every wait is bounded (default 10 s, see {@link #withDefaultTimeout}) and fails with an {@link AssertionError}
 * that shows the last messages both ways and the tail of the server's stderr.
 * <ul>
 *   <li>{@link #awaitResponse} picks the response with that id out of the queue; other messages stay queued, in
 *       order. It works even if a sequential wait below already passed over that response.
 *   <li>{@link #nextMessage}, {@link #awaitNotification}, {@link #awaitServerRequest} and {@link #collectUntil}
 *       consume the queue <em>in arrival order</em>, up to and including the first match. Messages passed over by
 *       the last such wait are returned by {@link #skippedByLastAwait()}; {@link #collectUntil} returns them all.
 * </ul>
 * The server's stdout must carry only protocol messages: a line that is not a JSON object is recorded and makes
 * every later wait fail. The same happens when an {@link #onEveryServerMessage} hook throws, which is how schema
 * validation of every message is plugged in:
 * <pre>{@code
 * server.onEveryServerMessage(CodexSchema.reference().serverMessageHook());
 * }</pre>
 *
 * <h2>Logs</h2>
 * stderr goes to {@code stderr.log} in {@link #logDir()}; on a failure the whole transcript is written next to it
 * as {@code transcript.jsonl}. {@link #close()} deletes that folder unless a failure was reported or the system
 * property {@code codeloop.testkit.keepLogs} is {@code true}. The base folder is {@code codeloop.testkit.logDir}
 * (default: a {@code codeloop-testkit} folder in the temp dir).
 */
public final class AppServerProcess implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final Process process;
    private final OutputStream stdin;
    private final ServerLogs logs;
    private final Transcript transcript = new Transcript();
    private final Map<Long, String> sentMethods = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private final Inbox inbox = new Inbox(this::failure);
    private final ServerMessageHooks hooks = new ServerMessageHooks(inbox::problem);
    private final Thread reader;
    private volatile Duration defaultTimeout = DEFAULT_TIMEOUT;
    private volatile boolean failureReported;
    private boolean stdinClosed;
    private boolean closed;

    private AppServerProcess(Process process, ServerLogs logs) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.logs = logs;
        this.reader = new Thread(new StdoutPump(process.getInputStream(), transcript, hooks, inbox,
                this::requestMethodOf), "app-server-stdout-" + process.pid());
        reader.setDaemon(true);
    }

    /**
     * Starts {@code command} in {@code workingDir} with this process's environment plus {@code extraEnv}.
     */
    public static AppServerProcess start(List<String> command, Map<String, String> extraEnv, Path workingDir) {
        ServerLogs logs = ServerLogs.create();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectError(logs.stderrFile().toFile());
        builder.environment().putAll(extraEnv);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("could not start " + command + " in " + workingDir + ": " + e.getMessage(), e);
        }
        AppServerProcess server = new AppServerProcess(process, logs);
        server.transcript.add(Transcript.Direction.NOTE, "started pid " + process.pid() + ": " + command, null);
        server.reader.start();
        return server;
    }

    /** Starts the real Codeloop app server ({@link ServerLauncher}) with the given home. */
    public static AppServerProcess startCodeloop(CodeloopHome home, Path workingDir) {
        return start(ServerLauncher.appServerCommand(), home.env(), workingDir);
    }

    /** Sets the timeout used by every wait that is not given one; returns this. */
    public AppServerProcess withDefaultTimeout(Duration timeout) {
        this.defaultTimeout = timeout;
        return this;
    }

    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    // ---- sending ----

    /** Sends a request and returns its id. {@code params} may be null to leave the field out. */
    public long send(String method, JsonNode params) {
        long id = nextId.getAndIncrement();
        sentMethods.put(id, method);
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        write(message);
        return id;
    }

    /** Sends a notification. {@code params} may be null to leave the field out (as Codex clients do for
     *  {@code initialized}). */
    public void notify(String method, JsonNode params) {
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        write(message);
    }

    /**
     * Writes any text plus a newline, as is: for malformed-input tests. If the text is a request with an integer
     * id, its method is remembered so the response can still be checked.
     */
    public void sendRaw(String line) {
        JsonNode json;
        try {
            json = Json.parse(line);
        } catch (RuntimeException notJson) {
            json = null;
        }
        if (json != null && json.path("id").isIntegralNumber() && json.path("method").isString()) {
            sentMethods.put(json.get("id").asLong(), json.get("method").stringValue());
        }
        writeLine(line, json);
    }

    /** Answers a server→client request. */
    public void respond(JsonNode id, JsonNode result) {
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.set("id", id);
        message.set("result", result);
        write(message);
    }

    /** Answers a server→client request with a JSON-RPC error. */
    public void respondError(JsonNode id, int code, String errorMessage) {
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.set("id", id);
        message.set("error", Json.object("code", code, "message", errorMessage));
        write(message);
    }

    /** Adds a remark to the transcript, e.g. to mark the phases of a scenario. */
    public void note(String text) {
        transcript.add(Transcript.Direction.NOTE, text, null);
    }

    // ---- receiving ----

    /** The whole response (or error response) message to request {@code id}. */
    public JsonNode awaitResponse(long id) {
        return awaitResponse(id, defaultTimeout);
    }

    public JsonNode awaitResponse(long id, Duration timeout) {
        return inbox.awaitResponse(id, timeout);
    }

    /** Sends a request and waits for its response; fails if the server answers with an error. */
    public JsonNode request(String method, JsonNode params) {
        return request(method, params, defaultTimeout);
    }

    public JsonNode request(String method, JsonNode params, Duration timeout) {
        long id = send(method, params);
        JsonNode response = awaitResponse(id, timeout);
        if (response.has("error")) {
            throw failure("request '" + method + "' (id " + id + ") failed: " + response.get("error"));
        }
        return response;
    }

    /** Like {@link #request} but returns just the {@code result}. */
    public JsonNode requestResult(String method, JsonNode params) {
        return request(method, params).get("result");
    }

    public JsonNode requestResult(String method, JsonNode params, Duration timeout) {
        return request(method, params, timeout).get("result");
    }

    /**
     * The Codex handshake: {@code initialize} (as client "codeloop-testkit", experimental API on), wait for the
     * result, then the {@code initialized} notification. Returns the result.
     */
    public JsonNode initialize() {
        return initialize(Json.object("experimentalApi", true));
    }

    /** The handshake with these {@code capabilities} (e.g. {@code {}} for a client of the stable API only). */
    public JsonNode initialize(JsonNode capabilities) {
        ObjectNode params = Json.object(
                "clientInfo", Json.object("name", "codeloop-testkit", "title", "Codeloop testkit", "version", "0.1.0"),
                "capabilities", capabilities);
        JsonNode result = requestResult("initialize", params);
        notify("initialized", null);
        return result;
    }

    /** The next unconsumed message, whatever it is. */
    public JsonNode nextMessage() {
        return nextMessage(defaultTimeout);
    }

    public JsonNode nextMessage(Duration timeout) {
        return last(inbox.collectUntil(m -> true, "any message", timeout));
    }

    /** Consumes messages in order up to and including the first notification with this method. */
    public JsonNode awaitNotification(String method) {
        return awaitNotification(method, defaultTimeout);
    }

    public JsonNode awaitNotification(String method, Duration timeout) {
        return last(inbox.collectUntil(Messages.isNotification(method), "notification '" + method + "'", timeout));
    }

    /** Consumes messages in order up to and including the first server→client request with this method. */
    public JsonNode awaitServerRequest(String method) {
        return awaitServerRequest(method, defaultTimeout);
    }

    public JsonNode awaitServerRequest(String method, Duration timeout) {
        return last(inbox.collectUntil(Messages.isServerRequest(method), "server request '" + method + "'", timeout));
    }

    /** Consumes and returns every message up to and including the first that matches. */
    public List<JsonNode> collectUntil(Predicate<JsonNode> match) {
        return collectUntil(match, defaultTimeout);
    }

    public List<JsonNode> collectUntil(Predicate<JsonNode> match, Duration timeout) {
        return inbox.collectUntil(match, "a matching message", timeout);
    }

    /** The messages that the last in-order wait passed over before its match. */
    public List<JsonNode> skippedByLastAwait() {
        return inbox.skippedByLastAwait();
    }

    /** Messages received and not consumed yet, in arrival order (does not consume them). */
    public List<JsonNode> unread() {
        return inbox.unread();
    }

    /** Fails if any message is unread, or arrives within {@code quietPeriod}, or stdout had a problem. */
    public void assertNoMoreMessages(Duration quietPeriod) {
        inbox.assertQuiet(quietPeriod);
    }

    /** Fails if stdout carried a non-protocol line or a hook failed so far. */
    public void assertNoProtocolProblems() {
        inbox.assertNoProblems();
    }

    public List<String> protocolProblems() {
        return inbox.problems();
    }

    /**
     * Calls {@code hook} for every message the server writes, on the reader thread, before a test can consume it.
     * Messages that arrived before the hook was added are replayed to it first. If the hook throws, the error is
     * recorded and the test's next wait fails with it.
     */
    public AppServerProcess onEveryServerMessage(Consumer<ServerMessage> hook) {
        hooks.add(hook);
        return this;
    }

    // ---- logs ----

    public Transcript transcript() {
        return transcript;
    }

    public Path logDir() {
        return logs.dir();
    }

    /** Everything the server wrote to stderr so far. */
    public String stderr() {
        return logs.stderr();
    }

    // ---- lifecycle ----

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Closes the server's stdin, which tells a Codex-style server to exit. Idempotent. */
    public synchronized void closeStdin() {
        if (stdinClosed) {
            return;
        }
        stdinClosed = true;
        note("client closed stdin");
        try {
            stdin.close();
        } catch (IOException e) {
            note("closing stdin failed: " + e);
        }
    }

    /** Waits for the process to exit and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw failure("process " + pid() + " did not exit within " + timeout.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while waiting for the process to exit");
        }
        return process.exitValue();
    }

    /** Kills the process and all its descendants at once. */
    public void kill() {
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroyForcibly);
        note("killed process tree " + tree.stream().map(ProcessHandle::pid).toList());
    }

    /**
     * Closes stdin, gives the server a moment to exit on its own, then destroys whatever is left of its process
     * tree. Deletes the log folder unless a failure was reported (or {@code codeloop.testkit.keepLogs=true}).
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // Snapshot the tree first: once the server exits, its children are no longer its descendants.
        List<ProcessHandle> tree = processTree();
        closeStdin();
        waitQuietly(() -> process.waitFor(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS));
        tree.addAll(processTree());
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        waitQuietly(() -> process.waitFor(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS));
        waitQuietly(() -> {
            reader.join(CLOSE_GRACE.toMillis());
            return true;
        });
        if (!failureReported && !Boolean.getBoolean("codeloop.testkit.keepLogs")) {
            logs.delete();
        }
    }

    // ---- internals ----

    private void write(JsonNode message) {
        writeLine(Json.compact(message), message);
    }

    private synchronized void writeLine(String line, JsonNode json) {
        transcript.add(Transcript.Direction.C2S, line, json);
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw failure("could not write to the server's stdin (" + e.getMessage() + ")");
        }
    }

    /** Every failure goes through here, so that it carries the context needed to debug it and keeps the logs. */
    private AssertionError failure(String headline) {
        failureReported = true;
        return new AssertionError(logs.failureReport(headline, process, transcript));
    }

    /** For responses to our own requests: the method we sent; else null. */
    private String requestMethodOf(JsonNode message) {
        MessageKind kind = MessageKind.of(message);
        JsonNode id = message.get("id");
        if ((kind == MessageKind.RESPONSE || kind == MessageKind.ERROR) && id.isIntegralNumber()) {
            return sentMethods.get(id.asLong());
        }
        return null;
    }

    private List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        try (Stream<ProcessHandle> descendants = process.descendants()) {
            descendants.forEach(tree::add);
        }
        return tree;
    }

    private interface Wait {
        boolean await() throws InterruptedException;
    }

    /** Runs a bounded wait during cleanup, where an interrupt should end the wait but not the cleanup. */
    private static void waitQuietly(Wait wait) {
        try {
            wait.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode last(List<JsonNode> messages) {
        return messages.get(messages.size() - 1);
    }
}
