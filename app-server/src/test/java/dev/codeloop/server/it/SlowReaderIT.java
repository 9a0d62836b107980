package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.CodeloopHome;
import dev.codeloop.testkit.rpc.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A client that stops reading stdout in the middle of a long streamed answer. The server must wait for it
 * (the turn stops taking the model's stream) instead of buffering without bound, and once the client reads again
 * every delta arrives, in order.
 */
class SlowReaderIT {

    /** 50,000 deltas of 400 chars: ~20 MB of text, ~30 MB of NDJSON; far more than pipes and sockets hold. */
    private static final int DELTAS = 50_000;
    private static final int DELTA_CHARS = 400;
    /** The server's resident memory while the client does not read; its outbound queue holds 4,096 messages. */
    private static final long RSS_LIMIT_KB = 600 * 1024;

    @Test
    void aClientThatStopsReadingSlowsTheTurnAndLosesNothing() throws Exception {
        List<String> deltas = new ArrayList<>(DELTAS);
        for (int i = 0; i < DELTAS; i++) {
            String tag = "%06d:".formatted(i);
            deltas.add(tag + "x".repeat(DELTA_CHARS - tag.length()));
        }
        Path workspace = Files.createTempDirectory("codeloop-slow-reader-ws-");
        try (ScriptedModelServer model = ScriptedModelServer.start();
             CodeloopHome home = CodeloopHome.create(ServerFixture.config(model.baseUrl(), 0, 0, "", 300_000));
             RawServer server = RawServer.start(home, workspace, Map.of())) {
            model.enqueue(Sse.response("resp_1").message("msg_1", deltas).completed());
            server.request("init", "initialize", Json.object("clientInfo", Json.object("name", "slow", "version", "1")));
            server.notification("initialized");
            server.request("start", "thread/start", Json.object("cwd", workspace.toString()));
            String threadId = server.await(answerTo("start"), Duration.ofSeconds(30), "thread/start")
                    .at("/result/thread/id").stringValue();
            server.request("turn", "turn/start", Json.object("threadId", threadId, "input",
                    List.of(Map.of("type", "text", "text", "Talk a lot.", "text_elements", List.of()))));
            server.await(SlowReaderIT::isDelta, Duration.ofSeconds(30), "the first delta");

            server.pauseReading();
            RecordedModelRequest request = model.takeRequest(Duration.ofSeconds(10));
            int totalEvents = DELTAS + 5; // created, item added, deltas..., item done, completed (at least)
            int writtenWhilePaused = awaitModelWritesSettle(request);
            long rssKb = residentKb(server.pid());
            int receivedWhilePaused = server.receivedCount();
            assertTrue(writtenWhilePaused < totalEvents, "the model stream must stall while the client does not read,"
                    + " but all " + writtenWhilePaused + " events were taken");
            assertTrue(rssKb < RSS_LIMIT_KB, "server RSS " + rssKb + " kB while the client did not read");

            server.resumeReading();
            JsonNode completed = server.await(m -> "turn/completed".equals(text(m.path("method"))),
                    Duration.ofSeconds(120), "turn/completed");
            assertEquals("completed", completed.at("/params/turn/status").stringValue());
            List<String> arrived = server.received().stream().filter(SlowReaderIT::isDelta)
                    .map(m -> m.at("/params/delta").stringValue()).toList();
            assertEquals(DELTAS, arrived.size(), "every delta arrives exactly once");
            for (int i = 0; i < DELTAS; i++) {
                if (!deltas.get(i).equals(arrived.get(i))) {
                    throw new AssertionError("delta #" + i + " out of order or changed: " + arrived.get(i).substring(0, 7));
                }
            }
            System.out.printf("SlowReaderIT figures: %d deltas (%.1f MB of text); while the client did not read, the "
                            + "model had written %d of %d+ events and the client had %d messages; server RSS %d MB "
                            + "(peak %d MB)%n", DELTAS, DELTAS * DELTA_CHARS / 1e6, writtenWhilePaused, totalEvents,
                    receivedWhilePaused, rssKb / 1024, peakKb(server.pid()) / 1024);
        }
    }

    /**
     * Waits until the model server has written nothing new for a while (the server has stopped reading its stream)
     * or has written everything; bounded. Returns how many events it wrote.
     */
    private static int awaitModelWritesSettle(RecordedModelRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int last = -1;
        int stableRounds = 0;
        while (System.nanoTime() < deadline && stableRounds < 5) {
            Thread.sleep(200);
            int now = request.writtenEvents().size();
            stableRounds = now == last ? stableRounds + 1 : 0;
            last = now;
        }
        return last;
    }

    private static long residentKb(long pid) throws Exception {
        return statusKb(pid, "VmRSS:");
    }

    private static long peakKb(long pid) throws Exception {
        return statusKb(pid, "VmHWM:");
    }

    private static long statusKb(long pid, String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
            }
        }
        throw new AssertionError(field + " not in /proc/" + pid + "/status");
    }

    private static boolean isDelta(JsonNode message) {
        return "item/agentMessage/delta".equals(text(message.path("method")));
    }

    private static java.util.function.Predicate<JsonNode> answerTo(String id) {
        return m -> !m.has("method") && id.equals(text(m.path("id")));
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }
}
