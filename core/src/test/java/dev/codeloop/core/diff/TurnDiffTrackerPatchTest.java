package dev.codeloop.core.diff;

import static dev.codeloop.core.diff.DiskFixtures.numberedLines;
import static dev.codeloop.core.diff.DiskFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made by apply_patch: the tracker is told which files, before and after writing them. */
class TurnDiffTrackerPatchTest {

    private static final String HELLO_BEFORE = "def greet(name):\n    return \"Hello, \" + name\n\n\nprint(greet(\"world\"))\n";
    private static final String HELLO_AFTER = "def greet(name):\n    return f\"Hello, {name}!\"\n\n\nprint(greet(\"world\"))\n";

    @TempDir
    Path ws;
    private TurnDiffTracker tracker;

    @BeforeEach
    void baseline() {
        write(ws, "hello.py", HELLO_BEFORE);
        write(ws, "docs/guide.md", numberedLines("guide line ", 1, 20));
        write(ws, "tool.sh", "#!/bin/sh\necho one\n");
        DiskFixtures.setExecutable(ws.resolve("tool.sh"), true);
        write(ws, "notes.txt", "no newline at end");
        GitCli.commitBaseline(ws);
        tracker = new TurnDiffTracker(ws, Limits.defaults());
    }

    @Test
    void nothingChangedIsAnEmptyDiff() {
        assertEquals("", tracker.unifiedDiff());
        assertFalse(tracker.hasChanges());
    }

    @Test
    void addAndUpdateReproduceCodexTranscriptInGitsFormat() {
        patch(List.of("NOTES.md", "hello.py"), () -> {
            write(ws, "NOTES.md", "# Notes\nEdited by the fake model.\n");
            write(ws, "hello.py", HELLO_AFTER);
        });
        String codexSent = "diff --git a/NOTES.md b/NOTES.md\nnew file mode 100644\n"
                + "index 0000000000000000000000000000000000000000..00d9c93b234806abba89d50615de40f66a255407\n"
                + "--- /dev/null\n+++ b/NOTES.md\n@@ -0,0 +1,2 @@\n+# Notes\n+Edited by the fake model.\n"
                + "diff --git a/hello.py b/hello.py\n"
                + "index 56fcf574ff1e301cc971f7110cedf7c15e6829d6..46ae0a4bb5d1048ebcc549eab31ebce8ae3598f9\n"
                + "--- a/hello.py\n+++ b/hello.py\n@@ -1,5 +1,5 @@\n def greet(name):\n"
                + "-    return \"Hello, \" + name\n+    return f\"Hello, {name}!\"\n \n \n print(greet(\"world\"))\n";
        // Codex leaves out the mode git appends to the index line of a modified file; we follow git.
        String gitFormat = codexSent.replace("46ae0a4bb5d1048ebcc549eab31ebce8ae3598f9\n",
                "46ae0a4bb5d1048ebcc549eab31ebce8ae3598f9 100644\n");
        assertEquals(gitFormat, tracker.unifiedDiff());
        assertEquals(gitSays(), tracker.unifiedDiff());
        assertTrue(tracker.hasChanges());
    }

    @Test
    void deleteAndNoNewlineAndExecutable() {
        patch(List.of("docs/guide.md", "notes.txt", "tool.sh"), () -> {
            DiskFixtures.delete(ws, "docs/guide.md");
            write(ws, "notes.txt", "still no newline, edited");
            write(ws, "tool.sh", "#!/bin/sh\necho two\n");
            DiskFixtures.setExecutable(ws.resolve("tool.sh"), true);
        });
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void binaryFile() {
        patch(List.of("data.bin"), () -> write(ws, new DiffSide("data.bin", GitFileMode.REGULAR, new byte[] {1, 0, 2})));
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void moveWithoutAndWithContentChange() {
        movePatch("hello.py", "src/hello.py", HELLO_BEFORE);
        movePatch("docs/guide.md", "guide.md",
                numberedLines("guide line ", 1, 20).replace("guide line 7\n", "guide line seven\n"));
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void declaredMoveStaysARenameEvenWhenMostlyRewritten() {
        movePatch("hello.py", "greeting.py", "print('completely different')\n");
        assertTrue(tracker.unifiedDiff().startsWith("diff --git a/hello.py b/greeting.py\nsimilarity index 0%\n"
                + "rename from hello.py\nrename to greeting.py\n"), tracker.unifiedDiff());
    }

    @Test
    void chainedMovesShowOneRenameAndMovingBackShowsNone() {
        movePatch("hello.py", "b.py", HELLO_BEFORE);
        movePatch("b.py", "c.py", HELLO_AFTER);
        assertEquals(gitSays(), tracker.unifiedDiff());
        movePatch("c.py", "hello.py", HELLO_BEFORE);
        assertEquals("", tracker.unifiedDiff());
    }

    @Test
    void laterPatchesKeepTheFirstBaselineAndRevertingRemovesTheFile() {
        patch(List.of("hello.py"), () -> write(ws, "hello.py", HELLO_AFTER));
        patch(List.of("hello.py", "tmp.txt"), () -> {
            write(ws, "hello.py", HELLO_AFTER + "# more\n");
            write(ws, "tmp.txt", "scratch\n");
        });
        assertEquals(gitSays(), tracker.unifiedDiff());

        patch(List.of("hello.py", "tmp.txt"), () -> {
            write(ws, "hello.py", HELLO_BEFORE);
            DiskFixtures.delete(ws, "tmp.txt");
        });
        assertEquals("", tracker.unifiedDiff());
        assertFalse(tracker.hasChanges());
    }

    @Test
    void absolutePathsAreShownRelativeToTheRoot() {
        tracker.beforePatch(List.of(ws.resolve("hello.py")));
        write(ws, "hello.py", HELLO_AFTER);
        tracker.afterPatch(Map.of());
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    private void patch(List<String> paths, Runnable writes) {
        tracker.beforePatch(paths.stream().map(Path::of).toList());
        writes.run();
        tracker.afterPatch(Map.of());
    }

    private void movePatch(String from, String to, String newContent) {
        tracker.beforePatch(List.of(Path.of(from), Path.of(to)));
        DiskFixtures.delete(ws, from);
        write(ws, to, newContent);
        tracker.afterPatch(Map.of(Path.of(from), Path.of(to)));
    }

    private String gitSays() {
        return GitCli.diffSinceBaseline(ws);
    }
}
