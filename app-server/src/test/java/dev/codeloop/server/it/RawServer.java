package dev.codeloop.server.it;

import dev.codeloop.testkit.rpc.CodeloopHome;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.ServerLauncher;
import dev.codeloop.testkit.rpc.ServerMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The server as a subprocess, driven at the byte level: for input no well-behaved client sends (invalid UTF-8,
 * lines over the size limit) and for a client that stops reading stdout for a while. Every line the server writes
 * must be a JSON object that matches the Codex schema; messages are kept in arrival order.
 */
final class RawServer implements AutoCloseable {

    private final Process process;
    private final OutputStream stdin;
    private final Path stderr;
    private final Thread reader;
    private final List<JsonNode> received = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Methods of the requests sent with {@link #request}, by id as text, to check their results' schema. */
    private final Map<String, String> sentMethods = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean paused;

    private RawServer(Process process, Path stderr) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stderr = stderr;
        this.reader = Thread.ofPlatform().daemon().name("raw-server-stdout").start(this::read);
    }

    static RawServer start(CodeloopHome home, Path workspace, Map<String, String> extraEnv) throws IOException {
        Path stderr = Files.createTempFile("codeloop-raw-server-", ".stderr.log");
        ProcessBuilder builder = new ProcessBuilder(ServerLauncher.appServerCommand())
                .directory(workspace.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(home.env());
        builder.environment().putAll(extraEnv);
        return new RawServer(builder.start(), stderr);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Writes one line (a newline is added) as raw bytes. */
    void writeLine(byte[] line) throws IOException {
        stdin.write(line);
        stdin.write('\n');
    }

    void writeLine(String line) throws IOException {
        writeLine(line.getBytes(StandardCharsets.UTF_8));
    }

    void flush() throws IOException {
        stdin.flush();
    }

    void request(Object id, String method, JsonNode params) throws IOException {
        sentMethods.put(String.valueOf(id), method);
        Map<String, Object> message = new HashMap<>();
        message.put("id", id);
        message.put("method", method);
        if (params != null) {
            message.put("params", params);
        }
        writeLine(Json.MAPPER.writeValueAsString(message));
        flush();
    }

    void notification(String method) throws IOException {
        writeLine(Json.compact(Json.object("method", method)));
        flush();
    }

    /** The reader stops taking lines from stdout (the pipe fills up and the server must wait) until resumed. */
    synchronized void pauseReading() {
        paused = true;
    }

    synchronized void resumeReading() {
        paused = false;
        notifyAll();
    }

    synchronized int receivedCount() {
        return received.size();
    }

    synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** Waits (bounded) until some message received so far matches; returns the first that does. */
    JsonNode await(Predicate<JsonNode> match, Duration timeout, String what) throws InterruptedException {
        return awaitCount(match, 1, timeout, what).get(0);
    }

    /** Waits (bounded) until {@code count} messages received so far match; returns them. */
    synchronized List<JsonNode> awaitCount(Predicate<JsonNode> match, int count, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!problems.isEmpty()) {
                throw new AssertionError("bad server output: " + problems + stderrTail());
            }
            List<JsonNode> matching = received.stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what + ": " + matching.size()
                        + " of " + count + " arrived (alive: " + process.isAlive() + ")" + stderrTail());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    String stderrText() throws IOException {
        return Files.readString(stderr);
    }

    String stderrTail() {
        try {
            String text = Files.readString(stderr);
            return "\n--- server stderr (tail) ---\n" + text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "";
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            while (true) {
                synchronized (this) {
                    while (paused) {
                        wait();
                    }
                }
                String line = lines.readLine();
                if (line == null) {
                    return;
                }
                accept(line);
            }
        } catch (IOException | InterruptedException e) {
            synchronized (this) {
                problems.add("reading stdout failed: " + e);
                notifyAll();
            }
        }
    }

    private void accept(String line) {
        JsonNode json;
        String problem = null;
        try {
            json = Json.parse(line);
            if (!json.isObject()) {
                problem = "not a JSON object: " + abbreviate(line);
            } else {
                String requestMethod = json.has("method") || !json.hasNonNull("id") ? null
                        : sentMethods.get(json.get("id").isString() ? json.get("id").stringValue()
                                : Long.toString(json.get("id").asLong()));
                // A result to a hostile line's request (method unknown here) cannot be checked; everything else is.
                if (requestMethod != null || !json.has("result")) {
                    ServerFixture.validate(new ServerMessage(json, requestMethod));
                }
            }
        } catch (RuntimeException | AssertionError e) {
            json = null;
            problem = abbreviate(e.getMessage());
        }
        synchronized (this) {
            if (problem != null) {
                problems.add(problem);
            } else {
                received.add(json);
            }
            notifyAll();
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }

    /** Closes stdin and waits (bounded) for the exit code. */
    int closeAndAwaitExit(Duration timeout) throws InterruptedException {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("server did not exit within " + timeout.toMillis() + " ms" + stderrTail());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        resumeReading();
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(stderr);
    }
}
