package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Burst throughput: the model server writes {@code count} deltas back to back. The headline rate is end to end,
 * from the model server's first write to the client's last read; the client's rate from its first delta read to
 * its last is reported too, and the model server's own write rate, to show it is not the limit, and the lag from the last write to the last read (Codex: 142–179 ms for 500 deltas). The server's CPU time
 * per delta (whole turns, so it includes the turn's other work) shows its cost apart from the machine's load.
 */
final class BurstBench {

    record Result(int count, Stats endToEndRate, Stats readRate, Stats writeRate, Stats tailLagMs, double firstTurnRate,
                  double serverCpuUsPerDelta) {
    }

    private final Path launcher;

    BurstBench(Path launcher) {
        this.launcher = launcher;
    }

    Result run(int count, int runs) throws IOException {
        try (BenchRig rig = BenchRig.start(launcher)) {
            String threadId = rig.startThread();
            double first = rig.runTaggedTurn(threadId, "resp_first", count, Duration.ZERO).endToEndRatePerSecond();
            List<Double> endToEnd = new ArrayList<>();
            List<Double> read = new ArrayList<>();
            List<Double> write = new ArrayList<>();
            List<Double> lag = new ArrayList<>();
            double cpuBefore = ProcessCpu.cpuMs(rig.client.pid());
            for (int run = 0; run < runs; run++) {
                BenchRig.TaggedTurn turn = rig.runTaggedTurn(threadId, "resp_" + run, count, Duration.ZERO);
                endToEnd.add(turn.endToEndRatePerSecond());
                read.add(turn.readRatePerSecond());
                write.add(turn.writeRatePerSecond());
                lag.add(turn.tailLagMs());
            }
            double cpuUs = (ProcessCpu.cpuMs(rig.client.pid()) - cpuBefore) * 1000;
            return new Result(count, Stats.of(endToEnd), Stats.of(read), Stats.of(write), Stats.of(lag), first,
                    cpuUs / ((double) count * runs));
        }
    }
}
