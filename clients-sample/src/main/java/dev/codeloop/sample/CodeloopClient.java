package dev.codeloop.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal JSON-RPC client for the Codeloop app server (Codex app-server v2 wire format): it spawns the
 * server, writes one JSON object per line to its stdin and reads one per line from its stdout. Messages carry
 * no {@code "jsonrpc"} field and our request ids are integers from 0.
 *
 * <p>One reader thread reads stdout in order and
 * <ul>
 *   <li>completes the future of each response ({@link #request});</li>
 *   <li>passes each notification to the {@link NotificationListener}, on the reader thread, so a listener sees
 *       them in the order the server sent them (keep it quick: the next message waits for it);</li>
 *   <li>hands each server→client request (e.g. an approval) to the {@link ServerRequestHandler} on a separate
 *       thread, so a handler may block (ask a human) or call {@link #request} itself without stalling the reader,
 *       and sends back its result, or a JSON-RPC error if it throws or no handler is set.</li>
 * </ul>
 * Lines that are not JSON objects are reported to the problem sink and skipped; well-formed messages this
 * client does not understand (a response to an unknown id) are ignored.
 *
 * <p>Self-contained on purpose (Jackson 3 is its only dependency), so it can be copied into another project.
 *
 * <pre>{@code
 * try (CodeloopClient client = CodeloopClient.builder(List.of("bin/codeloop", "app-server"))
 *         .onNotification((method, params) -> System.out.println(method))
 *         .start()) {
 *     client.call("initialize", client.object().set("clientInfo", client.object().put("name", "me")), Duration.ofSeconds(30));
 *     client.notify("initialized", null);
 * }
 * }</pre>
 */
public final class CodeloopClient implements AutoCloseable {

    /** Receives each server notification, in order, on the reader thread. */
    @FunctionalInterface
    public interface NotificationListener {
        void onNotification(String method, JsonNode params);

        /** A listener that passes each notification to this one, then to {@code next}. */
        default NotificationListener andThen(NotificationListener next) {
            return (method, params) -> {
                onNotification(method, params);
                next.onNotification(method, params);
            };
        }
    }

    /** Answers a server→client request; the returned node becomes {@code result}; throwing sends an error. */
    @FunctionalInterface
    public interface ServerRequestHandler {
        JsonNode onServerRequest(String method, JsonNode params) throws Exception;
    }

    /** A JSON-RPC error response from the server (or a failure to get one). */
    public static final class RpcException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int code;

        public RpcException(int code, String message) {
            super(message);
            this.code = code;
        }

        /** The JSON-RPC error code; {@link #NO_RESPONSE} when the server went away or we could not send. */
        public int code() {
            return code;
        }

        public static final int NO_RESPONSE = -1;
    }

    static final int METHOD_NOT_FOUND = -32601;
    static final int INTERNAL_ERROR = -32603;
    private static final int MAX_REPORTED_LINE = 200;

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Process process;
    private final OutputStream stdin;
    private final Thread reader;
    private final ExecutorService serverRequests = Executors.newCachedThreadPool(daemonThreads("codeloop-server-request"));
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private final NotificationListener notifications;
    private final ServerRequestHandler requestHandler;
    private final Consumer<String> problems;
    private final Path stderrLog;

    private CodeloopClient(Builder builder, Process process, Path stderrLog) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.notifications = builder.notifications;
        this.requestHandler = builder.requestHandler;
        this.problems = builder.problems;
        this.stderrLog = stderrLog;
        this.reader = new Thread(this::readLoop, "codeloop-client-reader");
        this.reader.setDaemon(true);
    }

    /** Starts building a client that will run {@code command}, e.g. {@code [".../bin/codeloop", "app-server"]}. */
    public static Builder builder(List<String> command) {
        return new Builder(command);
    }

    /** Settings for the server process and the callbacks; everything is fixed before the server starts, so no message is missed. */
    public static final class Builder {
        private final List<String> command;
        private final Map<String, String> env = new LinkedHashMap<>();
        private Path directory;
        private Redirect stderr;
        private Path stderrFile;
        private NotificationListener notifications = (method, params) -> { };
        private ServerRequestHandler requestHandler;
        private Consumer<String> problems = problem -> System.err.println("codeloop-client: " + problem);

        private Builder(List<String> command) {
            if (command.isEmpty()) {
                throw new IllegalArgumentException("empty server command");
            }
            this.command = List.copyOf(command);
        }

        /** Extra environment variables for the server, on top of ours. */
        public Builder env(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /** The server's working directory (default: ours). */
        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** Append the server's stderr (its log) to this file. The default is a new temp file; see {@link #stderrLog()}. */
        public Builder stderrTo(Path file) {
            this.stderr = Redirect.appendTo(file.toFile());
            this.stderrFile = file;
            return this;
        }

        /** Let the server's stderr go to ours, e.g. while debugging. */
        public Builder inheritStderr() {
            this.stderr = Redirect.INHERIT;
            this.stderrFile = null;
            return this;
        }

        public Builder onNotification(NotificationListener listener) {
            this.notifications = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Builder onServerRequest(ServerRequestHandler handler) {
            this.requestHandler = handler;
            return this;
        }

        /** Where to report protocol problems (malformed lines, failing callbacks). Default: our stderr. */
        public Builder onProblem(Consumer<String> sink) {
            this.problems = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** Spawns the server and starts reading its output. */
        public CodeloopClient start() throws IOException {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            if (directory != null) {
                pb.directory(directory.toFile());
            }
            Path log = stderrFile;
            Redirect redirect = stderr;
            if (redirect == null) {
                log = Files.createTempFile("codeloop-server-", ".log");
                redirect = Redirect.appendTo(log.toFile());
            }
            pb.redirectError(redirect);
            Process process = pb.start();
            CodeloopClient client = new CodeloopClient(this, process, log);
            client.reader.start();
            return client;
        }
    }

    /** A new empty JSON object, for building params. */
    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Sends a request; the future completes with its {@code result}, or exceptionally with an {@link RpcException}
     * for an error response, or when the server exits before answering.
     */
    public CompletableFuture<JsonNode> request(String method, ObjectNode params) {
        long id = nextId.getAndIncrement();
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        ObjectNode message = mapper.createObjectNode().put("method", method).put("id", id);
        if (params != null) {
            message.set("params", params);
        }
        try {
            send(message);
        } catch (IOException e) {
            pending.remove(id);
            future.completeExceptionally(new RpcException(RpcException.NO_RESPONSE,
                    "could not send " + method + ": " + whyNotReading(e) + logHint()));
        }
        if (exited.isDone()) {
            failPending(); // the reader may have drained the table just before we added this one
        }
        return future;
    }

    /** {@link #request}, waiting up to {@code timeout}; unwraps the failure so callers see the {@link RpcException}. */
    public JsonNode call(String method, ObjectNode params, Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return request(method, params).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutException(method + ": no response within " + timeout.toSeconds() + " s");
        }
    }

    /** Sends a notification (a message with no id, so no answer). */
    public void notify(String method, ObjectNode params) throws IOException {
        ObjectNode message = mapper.createObjectNode().put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        send(message);
    }

    /** Completes with the server's exit code once its output has ended (it exited or closed stdout). */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    /** The file the server's stderr goes to, if it goes to a file. */
    public Optional<Path> stderrLog() {
        return Optional.ofNullable(stderrLog);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Closes the server's stdin (its signal to finish), waits up to 5 s for it to exit, then destroys it.
     * Pending requests fail. Safe to call more than once and from a shutdown hook.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            synchronized (stdin) {
                stdin.close();
            }
        } catch (IOException ignored) {
            // Already gone: nothing left to tell it.
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            reader.join(2_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        serverRequests.shutdownNow();
        failPending();
    }

    private void send(ObjectNode message) throws IOException {
        byte[] line = (mapper.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (stdin) { // whole lines only: requests and replies come from several threads
            stdin.write(line);
            stdin.flush();
        }
    }

    private void readLoop() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    dispatch(line);
                }
            }
        } catch (IOException e) {
            if (!closing.get()) {
                problems.accept("reading from the server failed: " + e.getMessage());
            }
        } finally {
            int code = waitForExitCode();
            failPending();
            exited.complete(code);
        }
    }

    private void dispatch(String line) {
        JsonNode message;
        try {
            message = mapper.readTree(line);
        } catch (JacksonException e) {
            problems.accept("skipping a line from the server that is not JSON: " + abbreviate(line));
            return;
        }
        if (!message.isObject()) {
            problems.accept("skipping a line from the server that is not a JSON object: " + abbreviate(line));
            return;
        }
        JsonNode method = message.get("method");
        JsonNode id = message.get("id");
        if (method != null && method.isString()) {
            if (id == null || id.isNull()) {
                deliverNotification(method.stringValue(), message.get("params"));
            } else {
                serverRequests.execute(() -> answerServerRequest(id, method.stringValue(), message.get("params")));
            }
        } else if (id != null && id.canConvertToLong()) {
            completeResponse(id.asLong(), message);
        }
        // Anything else (a response to an id we never used, a message of no known shape) is not ours: ignore it.
    }

    private void deliverNotification(String method, JsonNode params) {
        try {
            notifications.onNotification(method, params == null ? mapper.createObjectNode() : params);
        } catch (RuntimeException e) {
            problems.accept("notification listener failed on " + method + ": " + e);
        }
    }

    private void completeResponse(long id, JsonNode message) {
        CompletableFuture<JsonNode> future = pending.remove(id);
        if (future == null) {
            return;
        }
        JsonNode error = message.get("error");
        if (error != null && !error.isNull()) {
            future.completeExceptionally(new RpcException(error.path("code").asInt(INTERNAL_ERROR),
                    error.path("message").asString("(no message)")));
        } else {
            JsonNode result = message.get("result");
            future.complete(result == null ? mapper.nullNode() : result);
        }
    }

    private void answerServerRequest(JsonNode id, String method, JsonNode params) {
        ObjectNode reply = mapper.createObjectNode();
        reply.set("id", id);
        if (requestHandler == null) {
            reply.set("error", error(METHOD_NOT_FOUND, "this client does not handle " + method));
        } else {
            try {
                JsonNode result = requestHandler.onServerRequest(method, params == null ? mapper.createObjectNode() : params);
                reply.set("result", result == null ? mapper.createObjectNode() : result);
            } catch (Exception e) {
                problems.accept("server request handler failed on " + method + ": " + e);
                reply.set("error", error(INTERNAL_ERROR, "client failed to handle " + method + ": " + e.getMessage()));
            }
        }
        try {
            send(reply);
        } catch (IOException e) {
            if (!closing.get()) {
                problems.accept("could not answer " + method + ": " + e.getMessage());
            }
        }
    }

    private ObjectNode error(int code, String message) {
        return mapper.createObjectNode().put("code", code).put("message", message);
    }

    private int waitForExitCode() {
        try {
            // stdout ended; the process is normally exiting too. Do not hang if it only closed stdout.
            return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void failPending() {
        List<CompletableFuture<JsonNode>> orphans = new ArrayList<>(pending.values());
        pending.clear();
        String reason = closing.get() ? "the client was closed" : "the server exited" + exitCodeText() + logHint();
        for (CompletableFuture<JsonNode> future : orphans) {
            future.completeExceptionally(new RpcException(RpcException.NO_RESPONSE, "no response: " + reason));
        }
    }

    /** A broken pipe mostly means the server died: say that, with its exit code, rather than "Stream closed". */
    private String whyNotReading(IOException e) {
        try {
            if (process.waitFor(1, TimeUnit.SECONDS)) {
                return "the server exited with code " + process.exitValue();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return "the server is not reading its input (" + e.getMessage() + ")";
    }

    private String exitCodeText() {
        return process.isAlive() ? "" : " with code " + process.exitValue();
    }

    private String logHint() {
        return stderrLog == null ? "" : "; its log is " + stderrLog;
    }

    private static String abbreviate(String line) {
        return line.length() <= MAX_REPORTED_LINE ? line : line.substring(0, MAX_REPORTED_LINE) + "… (" + line.length() + " chars)";
    }

    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The server's process id, e.g. for log messages. */
    public long pid() {
        return process.pid();
    }
}
