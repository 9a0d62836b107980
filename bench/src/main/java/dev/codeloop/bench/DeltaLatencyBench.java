package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Delta latency as Codex's figure was taken: the model server writes {@code count} {@code output_text.delta}
 * events {@code gap} apart; each is timed from just before its socket write to the client's read of the matching
 * {@code item/agentMessage/delta}. The first turn of a fresh server is reported apart from the later ones.
 */
final class DeltaLatencyBench {

    record Result(Stats firstTurn, Stats later, int runs) {
    }

    private final Path launcher;

    DeltaLatencyBench(Path launcher) {
        this.launcher = launcher;
    }

    Result run(int count, Duration gap, int runs) throws IOException {
        try (BenchRig rig = BenchRig.start(launcher)) {
            String threadId = rig.startThread();
            Stats first = Stats.of(rig.runTaggedTurn(threadId, "resp_first", count, gap).latenciesMs());
            List<Double> later = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                later.addAll(rig.runTaggedTurn(threadId, "resp_" + run, count, gap).latenciesMs());
            }
            return new Result(first, Stats.of(later), runs);
        }
    }
}
