package dev.codeloop.bench;

import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.model.SseStream;
import dev.codeloop.testkit.model.WrittenEvent;
import dev.codeloop.testkit.rpc.CodeloopHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One server under measurement: a scripted model server in this process (so its write times and the client's
 * read times share one clock), a temp CODELOOP_HOME pointing at it, a temp workspace, and
 * {@code bin/codeloop app-server} spawned with them. Commands run without approvals or a sandbox, so the figures
 * do not depend on bubblewrap being installed.
 */
final class BenchRig implements AutoCloseable {

    static final String DELTA_EVENT = "response.output_text.delta";

    final ScriptedModelServer model;
    final CodeloopHome home;
    final Path workspace;
    final TimedClient client;

    private BenchRig(ScriptedModelServer model, CodeloopHome home, Path workspace, TimedClient client) {
        this.model = model;
        this.home = home;
        this.workspace = workspace;
        this.client = client;
    }

    /** Spawns and initializes the server. */
    static BenchRig start(Path launcher) throws IOException {
        ScriptedModelServer model = ScriptedModelServer.start();
        CodeloopHome home = CodeloopHome.create(CodeloopHome.scriptedProviderConfig(model.baseUrl(),
                CodeloopHome.TEST_API_KEY_ENV, 0, 0, 300_000,
                "approval_policy = \"never\"\nsandbox_mode = \"danger-full-access\""));
        Path workspace = Files.createTempDirectory("codeloop-bench-ws-");
        Files.writeString(workspace.resolve("README.md"), "# Bench project\n");
        TimedClient client = TimedClient.spawn(launcher, home.env(), workspace);
        client.initialize();
        return new BenchRig(model, home, workspace, client);
    }

    String startThread() throws IOException {
        return client.startThread(workspace);
    }

    /** An answer streaming {@code count} tagged deltas for thread number {@code thread}, {@code gap} apart. */
    static SseStream taggedMessage(String responseId, int thread, int count, Duration gap) {
        List<String> deltas = new ArrayList<>(count);
        for (int seq = 0; seq < count; seq++) {
            deltas.add(DeltaReads.tag(thread, seq));
        }
        return Sse.response(responseId).eventDelay(gap).message("msg_" + responseId, deltas).completed();
    }

    /** An answer that runs {@code command} with the shell tool. */
    static SseStream shellCall(String responseId, String callId, String command) {
        return Sse.response(responseId)
                .functionCall(callId, "shell_command", "{\"command\":" + TimedClient.quote(command) + "}")
                .completed();
    }

    /** When the model server wrote each output-text delta of this request's answer, in order. */
    static long[] deltaWriteNanos(RecordedModelRequest request) {
        return request.writtenEvents().stream().filter(e -> DELTA_EVENT.equals(e.name()))
                .mapToLong(WrittenEvent::writeNanos).toArray();
    }

    /** The last request the model server got for this thread (requests carry the thread id as cache key). */
    RecordedModelRequest lastRequestOf(String threadId) {
        List<RecordedModelRequest> all = model.requests();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).promptCacheKey().filter(threadId::equals).isPresent()) {
                return all.get(i);
            }
        }
        throw new IllegalStateException("no model request for thread " + threadId);
    }

    /** Milliseconds from the model server's write to the client's read, for each delta of thread {@code thread}. */
    static List<Double> latenciesMs(DeltaReads reads, int thread, RecordedModelRequest request) {
        long[] writes = deltaWriteNanos(request);
        List<Double> out = new ArrayList<>(writes.length);
        for (int seq = 0; seq < writes.length; seq++) {
            long read = reads.readNanos(thread, seq);
            if (read != 0) {
                out.add((read - writes[seq]) / 1e6);
            }
        }
        return out;
    }

    /** The reads and writes of one turn that streamed tagged deltas on one thread. */
    record TaggedTurn(long[] writeNanos, long[] readNanos) {

        List<Double> latenciesMs() {
            List<Double> out = new ArrayList<>(readNanos.length);
            for (int i = 0; i < readNanos.length; i++) {
                out.add((readNanos[i] - writeNanos[i]) / 1e6);
            }
            return out;
        }

        /** Deltas per second the client read, from its first delta read to its last. */
        double readRatePerSecond() {
            return (readNanos.length - 1) / (Math.max(1, readNanos[readNanos.length - 1] - readNanos[0]) / 1e9);
        }

        /**
         * Deltas per second through the server, end to end: from the model server's first write to the client's
         * last read (Codex's burst figure is taken this way: 500 deltas, the last read 142–179 ms after the writes).
         */
        double endToEndRatePerSecond() {
            return readNanos.length / (Math.max(1, readNanos[readNanos.length - 1] - writeNanos[0]) / 1e9);
        }

        /** Deltas per second the model server wrote, from its first write to its last. */
        double writeRatePerSecond() {
            return (writeNanos.length - 1) / (Math.max(1, writeNanos[writeNanos.length - 1] - writeNanos[0]) / 1e9);
        }

        /** Milliseconds from the model server's last write to the client's last read. */
        double tailLagMs() {
            return (readNanos[readNanos.length - 1] - writeNanos[writeNanos.length - 1]) / 1e6;
        }
    }

    /**
     * Runs one turn whose answer is {@code count} tagged deltas {@code gap} apart, and checks that every delta
     * arrived once, in order, in this thread's stream.
     */
    TaggedTurn runTaggedTurn(String threadId, String responseId, int count, Duration gap) throws IOException {
        DeltaReads reads = new DeltaReads(List.of(threadId), count);
        client.recordDeltasInto(reads);
        model.enqueueFor(threadId, taggedMessage(responseId, 0, count, gap));
        client.sendTurn(threadId, "Stream " + count + " deltas.");
        client.awaitTurnCompleted(threadId);
        client.recordDeltasInto(DeltaReads.IGNORE);
        reads.check(count);
        long[] writes = deltaWriteNanos(lastRequestOf(threadId));
        long[] readTimes = new long[count];
        for (int seq = 0; seq < count; seq++) {
            readTimes[seq] = reads.readNanos(0, seq);
        }
        return new TaggedTurn(writes, readTimes);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            model.close();
            home.close();
            deleteQuietly(workspace);
        }
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir; the OS cleans up eventually
        }
    }
}
