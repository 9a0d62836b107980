package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory after a tool turn (as Codex's scenario b): the model asks for {@code ls -la && cat README.md}, the server
 * runs it, the model answers; then the server's peak (VmHWM) and current (VmRSS) resident set.
 */
final class ToolTurnRssBench {

    record Result(Stats peakMiB, Stats currentMiB) {
    }

    private final Path launcher;

    ToolTurnRssBench(Path launcher) {
        this.launcher = launcher;
    }

    Result run(int runs) throws IOException {
        List<Double> peak = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (BenchRig rig = BenchRig.start(launcher)) {
                String threadId = rig.startThread();
                rig.model.enqueueFor(threadId, BenchRig.shellCall("resp_1", "call_1", "ls -la && cat README.md"),
                        BenchRig.taggedMessage("resp_2", 0, 2, Duration.ZERO));
                rig.client.sendTurn(threadId, "What is in this project?");
                String completed = rig.client.awaitTurnCompleted(threadId);
                if (!completed.contains("\"status\":\"completed\"")) {
                    throw new IllegalStateException("tool turn did not complete: " + completed);
                }
                List<Double> memory = ProcessMemory.statusMiB(rig.client.pid(), List.of("VmHWM", "VmRSS"));
                peak.add(memory.get(0));
                current.add(memory.get(1));
            }
        }
        return new Result(Stats.of(peak), Stats.of(current));
    }
}
