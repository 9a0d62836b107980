package dev.codeloop.bench;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.sandbox.SandboxPolicy;
import dev.codeloop.core.thread.store.RolloutRecord;
import dev.codeloop.core.thread.store.RolloutWriter;
import dev.codeloop.core.thread.store.SessionPaths;
import dev.codeloop.core.thread.store.ThreadMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code thread/list} over many stored threads, through the real server: the first list after a start (index
 * load and check against the logs), later lists, and the first list when the index has to be rebuilt.
 */
final class ThreadListBench {

    private final Path launcher;

    ThreadListBench(Path launcher) {
        this.launcher = launcher;
    }

    record Result(int threads, double rebuildMs, double coldMs, Stats warm) {
    }

    Result run(int count) throws IOException {
        Path home = Files.createTempDirectory("codeloop-bench-threads-");
        Path workspace = Files.createTempDirectory("codeloop-bench-ws-");
        BenchHomes.writeOfflineConfig(home);
        writeThreads(new SessionPaths(home), workspace, count);
        double rebuild = firstList(home);
        double cold = firstList(home);
        List<Double> warm = new ArrayList<>();
        try (ServerUnderTest server = ServerUnderTest.spawn(launcher, home)) {
            initialize(server);
            server.send("{\"id\":9,\"method\":\"thread/list\",\"params\":{\"limit\":50}}");
            server.readUntil("\"id\":9,");
            for (int i = 0; i < 25; i++) {
                long start = System.nanoTime();
                server.send("{\"id\":" + (10 + i) + ",\"method\":\"thread/list\",\"params\":{\"limit\":50}}");
                server.readUntil("\"id\":" + (10 + i) + ",");
                warm.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Result(count, rebuild, cold, Stats.of(warm));
    }

    /** Milliseconds for the first thread/list of a fresh server process. */
    private double firstList(Path home) throws IOException {
        try (ServerUnderTest server = ServerUnderTest.spawn(launcher, home)) {
            initialize(server);
            long start = System.nanoTime();
            server.send("{\"id\":1,\"method\":\"thread/list\",\"params\":{\"limit\":50}}");
            server.readUntil("\"id\":1,");
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static void initialize(ServerUnderTest server) throws IOException {
        server.send("{\"id\":0,\"method\":\"initialize\",\"params\":{\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}");
        server.readUntil("\"id\":0,");
        server.send("{\"method\":\"initialized\"}");
    }

    /** Realistic small threads: one turn each with a question, a command and an answer. */
    private static void writeThreads(SessionPaths paths, Path cwd, int count) {
        long base = System.currentTimeMillis() - count * 60_000L;
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            long created = base + i * 60_000L;
            ThreadMeta meta = new ThreadMeta(id, null, created, cwd, "gpt-5.5", "bench", ApprovalPolicy.ON_REQUEST,
                    new SandboxPolicy.ReadOnly(false), null, null, null, "You are a benchmark.", null, "bench",
                    "appServer", "0.1.0", null);
            String turn = "turn-" + i;
            try (RolloutWriter writer = RolloutWriter.create(paths.newRolloutPath(id, Instant.ofEpochMilli(created)),
                    meta)) {
                String question = "Question number " + i + ": what does this project do?";
                writer.append(new RolloutRecord.TurnContext(turn, created, cwd, "gpt-5.5", ApprovalPolicy.ON_REQUEST,
                        new SandboxPolicy.ReadOnly(false), null, null));
                writer.append(new RolloutRecord.HistoryItem(turn, ResponseItem.Message.userText(question)));
                writer.append(new RolloutRecord.ItemCompleted(turn, new Item.UserMessage("u-" + i,
                        List.of(new UserContent.Text(question)), created, created)));
                writer.append(new RolloutRecord.HistoryItem(turn, ResponseItem.Message.assistantText("It greets.")));
                writer.append(new RolloutRecord.ItemCompleted(turn, new Item.AgentMessage("m-" + i, "It greets.",
                        created, created + 500)));
                writer.append(new RolloutRecord.TokenCount(turn, new TokenUsage(100, 0, 10, 0, 110),
                        new TokenUsage(100, 0, 10, 0, 110)));
                writer.append(new RolloutRecord.TurnCompleted(turn, TurnSnapshot.TurnStatus.COMPLETED, null,
                        created + 600));
            }
        }
    }
}
