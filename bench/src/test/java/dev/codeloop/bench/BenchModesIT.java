package dev.codeloop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark mode runs, at tiny sizes, against the packaged server, and the correctness checks built into
 * them hold. No timing is asserted: speed is measured by {@code bin/codeloop-bench}, not by the build.
 */
class BenchModesIT {

    private final Path launcher = BenchMain.findLauncher();

    @Test
    void deltaLatencyRecordsEveryDelta() throws Exception {
        DeltaLatencyBench.Result r = new DeltaLatencyBench(launcher).run(20, Duration.ofMillis(1), 1);
        assertEquals(20, r.firstTurn().n());
        assertEquals(20, r.later().n());
    }

    @Test
    void burstReadsEveryDelta() throws Exception {
        BurstBench.Result r = new BurstBench(launcher).run(50, 1);
        assertEquals(1, r.endToEndRate().n());
        assertTrue(r.endToEndRate().median() > 0);
    }

    @Test
    void concurrentTurnsAllCompleteWithEveryDeltaInItsOwnThread() throws Exception {
        ConcurrentTurnsBench.Result r = new ConcurrentTurnsBench(launcher).run(4, 10, Duration.ofMillis(1));
        assertEquals(4, r.completed());
        assertEquals(40, r.deltas());
        assertEquals(0, r.misrouted() + r.outOfOrder() + r.missing() + r.wrongMessages());
    }

    @Test
    void toolTurnMemoryIsRead() throws Exception {
        ToolTurnRssBench.Result r = new ToolTurnRssBench(launcher).run(1);
        assertTrue(r.peakMiB().median() >= r.currentMiB().median());
    }

    @Test
    void longSessionTakesHeapCheckpoints() throws Exception {
        LongSessionBench.Result r = new LongSessionBench(launcher).run(3, List.of(1, 3));
        assertEquals(List.of(1, 3), r.checkpoints().stream().map(LongSessionBench.Checkpoint::turns).toList());
        assertTrue(r.checkpoints().stream().allMatch(c -> c.heapMiB() > 0 && c.rssMiB() > 0));
    }

    @Test
    void startupAndThreadListRun() throws Exception {
        StartupBench startup = new StartupBench(launcher);
        assertEquals(1, startup.spawnToInitialize(0, 1).n());
        ThreadListBench.Result r = new ThreadListBench(launcher).run(20);
        assertEquals(20, r.threads());
    }

    @Test
    void firstRequestsRun() throws Exception {
        FirstRequestsBench.Result r = new FirstRequestsBench(launcher).run(1, java.time.Duration.ZERO);
        assertEquals(1, r.threadStartMs().n());
        assertEquals(1, r.firstTurnMs().n());
    }

    @Test
    void jmhBenchmarksRun() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("dev\\.codeloop\\.bench\\.jmh\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .build()).run();
        assertEquals(6, results.size());
        assertFalse(results.stream().anyMatch(r -> Double.isNaN(r.getPrimaryResult().getScore())));
    }
}
