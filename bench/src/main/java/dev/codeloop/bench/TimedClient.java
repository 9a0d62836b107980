package dev.codeloop.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-RPC client of {@code bin/codeloop app-server} (spawned as users run it) built to measure, not to test:
 * one dedicated thread reads stdout in large chunks and stamps every line with the time its bytes were read.
 * Agent-message deltas go straight to a {@link DeltaReads} without JSON parsing (their text carries a tag);
 * every other line is queued for the driver, which parses only what it needs.
 */
final class TimedClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DELTA_PREFIX = "{\"method\":\"item/agentMessage/delta\"";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Process process;
    private final OutputStream stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile DeltaReads deltas = DeltaReads.IGNORE;
    private int nextId;

    private TimedClient(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.reader = Thread.ofPlatform().daemon().name("bench-stdout").start(this::pump);
    }

    static TimedClient spawn(Path launcher, Map<String, String> env, Path workDir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "app-server"))
                .directory(workDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        return new TimedClient(builder.start());
    }

    long pid() {
        return process.pid();
    }

    /** Where agent-message deltas are recorded from now on. */
    void recordDeltasInto(DeltaReads reads) {
        this.deltas = reads;
    }

    synchronized void send(String json) throws IOException {
        stdin.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** Sends a request; returns its id. {@code paramsJson} is a JSON object text. */
    synchronized int sendRequest(String method, String paramsJson) throws IOException {
        int id = nextId++;
        send("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
        return id;
    }

    /** Sends a request and waits for its result (other lines read meanwhile are dropped). */
    JsonNode request(String method, String paramsJson) throws IOException {
        int id = sendRequest(method, paramsJson);
        JsonNode response = JSON.readTree(awaitLine(line -> line.startsWith("{\"id\":" + id + ","), WAIT));
        if (response.has("error")) {
            throw new IOException(method + " failed: " + response.get("error"));
        }
        return response.get("result");
    }

    void initialize() throws IOException {
        request("initialize", "{\"clientInfo\":{\"name\":\"codeloop-bench\",\"version\":\"1\"},"
                + "\"capabilities\":{\"experimentalApi\":true}}");
        send("{\"method\":\"initialized\"}");
    }

    /** Starts a thread in {@code cwd}; returns its id. */
    String startThread(Path cwd) throws IOException {
        return request("thread/start", "{\"cwd\":" + quote(cwd.toString()) + "}").at("/thread/id").asString();
    }

    /** Sends turn/start without waiting. */
    int sendTurn(String threadId, String text) throws IOException {
        return sendRequest("turn/start", "{\"threadId\":" + quote(threadId) + ",\"input\":[{\"type\":\"text\",\"text\":"
                + quote(text) + ",\"text_elements\":[]}]}");
    }

    /** Consumes lines (other than deltas) until one matches; fails after {@code timeout}. */
    String awaitLine(Predicate<String> match, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line;
            try {
                line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            if (line == null) {
                throw new IOException("no matching line from the server within " + timeout.toSeconds() + " s"
                        + (process.isAlive() ? "" : " (the server exited with " + process.exitValue() + ")"));
            }
            if (line == EOF) {
                throw new IOException("server closed stdout");
            }
            if (match.test(line)) {
                return line;
            }
        }
    }

    /** Waits for {@code turn/completed} of {@code threadId}; returns the line. */
    String awaitTurnCompleted(String threadId) throws IOException {
        String marker = "\"threadId\":\"" + threadId + "\"";
        return awaitLine(line -> line.startsWith("{\"method\":\"turn/completed\"") && line.contains(marker), WAIT);
    }

    private static final String EOF = new String("EOF");

    private void pump() {
        InputStream in = process.getInputStream();
        byte[] buf = new byte[1 << 16];
        int start = 0;
        int end = 0;
        try {
            while (true) {
                if (end == buf.length) {
                    if (start > 0) {
                        System.arraycopy(buf, start, buf, 0, end - start);
                        end -= start;
                        start = 0;
                    } else {
                        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                    }
                }
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    break;
                }
                long readNanos = System.nanoTime();
                end += n;
                for (int i = end - n; i < end; i++) {
                    if (buf[i] == '\n') {
                        handle(new String(buf, start, i - start, StandardCharsets.UTF_8), readNanos);
                        start = i + 1;
                    }
                }
                if (start == end) {
                    start = 0;
                    end = 0;
                }
            }
        } catch (IOException e) {
            // the process went away; fall through to EOF
        } finally {
            lines.add(EOF);
        }
    }

    private void handle(String line, long readNanos) {
        if (line.startsWith(DELTA_PREFIX)) {
            deltas.record(line, readNanos);
        } else {
            lines.add(line);
        }
    }

    static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    @Override
    public void close() throws IOException {
        stdin.close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
