package dev.codeloop.core.diff;

import static dev.codeloop.core.diff.DiskFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace too large for the limits: shell tracking degrades, patch tracking does not. */
class TurnDiffTrackerLimitsTest {

    private static final Duration AMPLE_TIME = Duration.ofMinutes(1);

    @TempDir
    Path ws;

    @Test
    void onlyTheFirstMaxFilesAreWatched() {
        for (int i = 0; i < 100; i++) {
            write(ws, String.format("f%03d.txt", i), "file " + i + "\n");
        }
        TurnDiffTracker tracker = new TurnDiffTracker(ws, new Limits(50, 1 << 20, 1 << 20, AMPLE_TIME));
        tracker.beforeCommand();
        write(ws, "f010.txt", "changed\n");
        write(ws, "f090.txt", "changed\n");
        write(ws, "a_new.txt", "new, before the cut\n");
        write(ws, "z_new.txt", "new, after the cut\n");
        tracker.afterCommand();

        String diff = tracker.unifiedDiff();
        assertTrue(diff.contains("diff --git a/f010.txt b/f010.txt\n"), diff);
        assertTrue(diff.contains("diff --git a/a_new.txt b/a_new.txt\n"), diff);
        assertFalse(diff.contains("f090"), diff);
        assertFalse(diff.contains("z_new"), diff);

        // A patch is tracked wherever it writes.
        tracker.beforePatch(List.of(Path.of("f095.txt")));
        write(ws, "f095.txt", "patched\n");
        tracker.afterPatch(Map.of());
        assertTrue(tracker.unifiedDiff().contains("-file 95\n+patched\n"), tracker.unifiedDiff());
    }

    @Test
    void fileOverTheSizeCapIsReportedWithoutContent() {
        write(ws, "big.log", "x".repeat(4096) + "\n");
        write(ws, "small.txt", "small\n");
        TurnDiffTracker tracker = new TurnDiffTracker(ws, new Limits(1000, 1 << 20, 1024, AMPLE_TIME));
        tracker.beforeCommand();
        write(ws, "big.log", "y".repeat(4096) + "\n");
        write(ws, "small.txt", "still small\n");
        tracker.afterCommand();

        String diff = tracker.unifiedDiff();
        assertTrue(diff.startsWith("diff --git a/big.log b/big.log\nBinary files a/big.log and b/big.log differ\n"
                + "diff --git a/small.txt b/small.txt\nindex "), diff);
    }

    @Test
    void hugeFileCreatedByACommandIsListedWithoutContent() {
        TurnDiffTracker tracker = new TurnDiffTracker(ws, new Limits(1000, 1 << 20, 1024, AMPLE_TIME));
        tracker.beforeCommand();
        write(ws, "dump.sql", "insert;\n".repeat(1000));
        tracker.afterCommand();
        assertEquals("diff --git a/dump.sql b/dump.sql\nnew file mode 100644\n"
                + "Binary files /dev/null and b/dump.sql differ\n", tracker.unifiedDiff());
    }

    @Test
    void baselineByteBudgetIsShared() {
        write(ws, "a.txt", "a".repeat(59) + "\n");
        write(ws, "b.txt", "b".repeat(59) + "\n");
        TurnDiffTracker tracker = new TurnDiffTracker(ws, new Limits(1000, 100, 1024, AMPLE_TIME));
        tracker.beforeCommand();
        write(ws, "a.txt", "A\n");
        write(ws, "b.txt", "B\n");
        tracker.afterCommand();

        String diff = tracker.unifiedDiff();
        assertTrue(diff.contains("+A\n"), diff);
        assertTrue(diff.contains("Binary files a/b.txt and b/b.txt differ\n"), diff);
    }

    @Test
    void fileKeptByStatOnlyIsDiffedInFullOncePatched() {
        write(ws, "big.txt", "line\n".repeat(1000));
        GitCli.commitBaseline(ws);
        TurnDiffTracker tracker = new TurnDiffTracker(ws, new Limits(1000, 1 << 20, 1024, AMPLE_TIME));
        tracker.beforeCommand();
        tracker.afterCommand();
        tracker.beforePatch(List.of(Path.of("big.txt")));
        write(ws, "big.txt", "line\n".repeat(999) + "last\n");
        tracker.afterPatch(Map.of());
        assertEquals(GitCli.diffSinceBaseline(ws), tracker.unifiedDiff());
    }

    @Test
    void noTimeToScanMeansNoShellTrackingButPatchesStillWork() {
        write(ws, "a.txt", "a\n");
        TurnDiffTracker tracker = new TurnDiffTracker(ws, new Limits(1000, 1 << 20, 1024, Duration.ZERO));
        tracker.beforeCommand();
        write(ws, "a.txt", "changed by command\n");
        write(ws, "new.txt", "created by command\n");
        tracker.afterCommand();
        assertEquals("", tracker.unifiedDiff());

        tracker.beforePatch(List.of(Path.of("b.txt")));
        write(ws, "b.txt", "b\n");
        tracker.afterPatch(Map.of());
        assertTrue(tracker.unifiedDiff().startsWith("diff --git a/b.txt b/b.txt\nnew file mode 100644\n"));
    }
}
