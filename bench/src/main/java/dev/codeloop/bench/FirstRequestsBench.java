package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The first {@code thread/start} and the first turn of a new server, each timed from sending the request to
 * reading its answer ({@code turn/completed} for the turn: a short streamed message). Either the client waits
 * after {@code initialize} (an IDE starts the server with its window and a thread when the user types), or it
 * sends {@code thread/start} at once (a harness).
 */
final class FirstRequestsBench {

    record Result(Stats threadStartMs, Stats firstTurnMs) {
    }

    private final Path launcher;

    FirstRequestsBench(Path launcher) {
        this.launcher = launcher;
    }

    Result run(int runs, Duration pauseAfterInitialize) throws IOException, InterruptedException {
        List<Double> threadStart = new ArrayList<>();
        List<Double> firstTurn = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (BenchRig rig = BenchRig.start(launcher)) {
                Thread.sleep(pauseAfterInitialize.toMillis());
                long start = System.nanoTime();
                String threadId = rig.startThread();
                threadStart.add((System.nanoTime() - start) / 1e6);
                rig.model.enqueueFor(threadId, BenchRig.taggedMessage("resp_1", 0, 2, Duration.ZERO));
                start = System.nanoTime();
                rig.client.sendTurn(threadId, "Say hello.");
                String completed = rig.client.awaitTurnCompleted(threadId);
                firstTurn.add((System.nanoTime() - start) / 1e6);
                if (!completed.contains("\"status\":\"completed\"")) {
                    throw new IllegalStateException("first turn did not complete: " + completed);
                }
            }
        }
        return new Result(Stats.of(threadStart), Stats.of(firstTurn));
    }
}
