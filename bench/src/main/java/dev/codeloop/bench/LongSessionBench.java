package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory stays bounded on long sessions: one thread runs many turns, each a shell command plus a streamed
 * answer; the server's heap after a full GC and its resident set are taken at checkpoints, so growth per turn is
 * visible. Turn times at the start and at the end show whether turns slow down as the thread grows.
 */
final class LongSessionBench {

    record Checkpoint(int turns, double heapMiB, double rssMiB) {
    }

    record Result(List<Checkpoint> checkpoints, Stats firstTurnsMs, Stats lastTurnsMs, double peakMiB) {
    }

    private static final int DELTAS_PER_TURN = 20;

    private final Path launcher;

    LongSessionBench(Path launcher) {
        this.launcher = launcher;
    }

    Result run(int turns, List<Integer> checkpointsAt) throws IOException {
        try (BenchRig rig = BenchRig.start(launcher)) {
            String threadId = rig.startThread();
            List<Checkpoint> checkpoints = new ArrayList<>();
            List<Double> times = new ArrayList<>();
            for (int turn = 1; turn <= turns; turn++) {
                rig.model.enqueueFor(threadId,
                        BenchRig.shellCall("resp_c" + turn, "call_" + turn, "echo turn " + turn + " && ls"),
                        BenchRig.taggedMessage("resp_m" + turn, 0, DELTAS_PER_TURN, Duration.ZERO));
                long start = System.nanoTime();
                rig.client.sendTurn(threadId, "Turn " + turn + ": list the files.");
                String completed = rig.client.awaitTurnCompleted(threadId);
                times.add((System.nanoTime() - start) / 1e6);
                if (!completed.contains("\"status\":\"completed\"")) {
                    throw new IllegalStateException("turn " + turn + " did not complete: " + completed);
                }
                if (checkpointsAt.contains(turn)) {
                    long pid = rig.client.pid();
                    checkpoints.add(new Checkpoint(turn, ProcessMemory.heapAfterFullGcMiB(pid),
                            ProcessMemory.statusMiB(pid, "VmRSS")));
                }
            }
            int window = Math.min(10, turns);
            return new Result(checkpoints, Stats.of(times.subList(0, window)),
                    Stats.of(times.subList(turns - window, turns)),
                    ProcessMemory.statusMiB(rig.client.pid(), "VmHWM"));
        }
    }
}
