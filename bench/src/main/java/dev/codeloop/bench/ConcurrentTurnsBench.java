package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Many threads of one server running a turn each at the same time. Every delta carries its thread's number, so
 * the reader checks it arrived under that thread's id; every final agent message must be exactly its own
 * thread's deltas; every turn must complete. Reports the delta latency over all threads.
 */
final class ConcurrentTurnsBench {

    record Result(int threads, int completed, int deltas, int misrouted, int outOfOrder, int missing,
                  int wrongMessages, Stats latencyMs, double wallMs, double serverCpuMs) {
    }

    private final Path launcher;

    ConcurrentTurnsBench(Path launcher) {
        this.launcher = launcher;
    }

    Result run(int threads, int perThread, Duration gap) throws IOException {
        try (BenchRig rig = BenchRig.start(launcher)) {
            // One turn first, so the measured ones do not pay for class loading and the first connection.
            String warm = rig.startThread();
            rig.runTaggedTurn(warm, "resp_warm", perThread, gap);

            List<String> ids = new ArrayList<>();
            Map<String, Integer> numberOf = new HashMap<>();
            for (int t = 0; t < threads; t++) {
                String id = rig.startThread();
                numberOf.put(id, t);
                ids.add(id);
                rig.model.enqueueFor(id, BenchRig.taggedMessage("resp_t" + t, t, perThread, gap));
            }
            DeltaReads reads = new DeltaReads(ids, perThread);
            rig.client.recordDeltasInto(reads);
            double cpuBefore = ProcessCpu.cpuMs(rig.client.pid());
            long start = System.nanoTime();
            for (String id : ids) {
                rig.client.sendTurn(id, "Stream your thread's deltas.");
            }
            Set<String> completed = new HashSet<>();
            int wrongMessages = 0;
            while (completed.size() < threads) {
                String line = rig.client.awaitLine(l -> l.startsWith("{\"method\":\"turn/completed\"")
                        || l.startsWith("{\"method\":\"item/completed\""), Duration.ofSeconds(120));
                JsonNode params = TimedClient.JSON.readTree(line).get("params");
                Integer number = numberOf.get(params.path("threadId").asString());
                if (line.startsWith("{\"method\":\"turn/completed\"")) {
                    if (number != null && "completed".equals(params.at("/turn/status").asString())) {
                        completed.add(params.path("threadId").asString());
                    } else {
                        throw new IllegalStateException("unexpected turn end: " + line);
                    }
                } else if ("agentMessage".equals(params.at("/item/type").asString())
                        && (number == null || !params.at("/item/text").asString().equals(expectedText(number, perThread)))) {
                    wrongMessages++;
                }
            }
            double wallMs = (System.nanoTime() - start) / 1e6;
            double cpuMs = ProcessCpu.cpuMs(rig.client.pid()) - cpuBefore;
            rig.client.recordDeltasInto(DeltaReads.IGNORE);
            List<Double> latencies = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                latencies.addAll(BenchRig.latenciesMs(reads, t, rig.lastRequestOf(ids.get(t))));
            }
            return new Result(threads, completed.size(), latencies.size(), reads.misrouted(), reads.outOfOrder(),
                    reads.missing(), wrongMessages, Stats.of(latencies), wallMs, cpuMs);
        }
    }

    private static String expectedText(int thread, int perThread) {
        StringBuilder text = new StringBuilder();
        for (int seq = 0; seq < perThread; seq++) {
            text.append(DeltaReads.tag(thread, seq));
        }
        return text.toString();
    }
}
