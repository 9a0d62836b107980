package dev.codeloop.core.diff;

import static dev.codeloop.core.diff.DiskFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel tool calls report to one tracker from several threads. */
class TurnDiffTrackerConcurrencyTest {

    @TempDir
    Path ws;

    @Test
    void parallelPatchesAndCommandsAreAllAccountedFor() throws Exception {
        for (int i = 0; i < 16; i++) {
            write(ws, "f" + i + ".txt", "original " + i + "\n");
        }
        GitCli.commitBaseline(ws);
        TurnDiffTracker tracker = new TurnDiffTracker(ws, Limits.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    if (n % 2 == 0) {
                        tracker.beforePatch(List.of(Path.of("f" + n + ".txt")));
                        write(ws, "f" + n + ".txt", "patched " + n + "\n");
                        tracker.afterPatch(Map.of());
                    } else {
                        tracker.beforeCommand();
                        write(ws, "f" + n + ".txt", "by command " + n + "\n");
                        tracker.afterCommand();
                    }
                    tracker.unifiedDiff();
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        tracker.afterCommand();
        assertEquals(GitCli.diffSinceBaseline(ws), tracker.unifiedDiff());
    }
}
