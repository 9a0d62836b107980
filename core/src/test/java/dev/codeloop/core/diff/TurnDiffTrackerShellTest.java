package dev.codeloop.core.diff;

import static dev.codeloop.core.diff.DiskFixtures.numberedLines;
import static dev.codeloop.core.diff.DiskFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made by shell commands, which the tracker learns of only by scanning. A "command" here is whatever
 * the test does between {@code beforeCommand()} and {@code afterCommand()}; one test runs a real shell.
 */
class TurnDiffTrackerShellTest {

    @TempDir
    Path ws;
    private TurnDiffTracker tracker;

    @BeforeEach
    void baseline() {
        write(ws, "app/main.py", numberedLines("print(", 1, 15));
        write(ws, "app/util.py", "def helper():\n    return 1\n");
        write(ws, "README.md", "# Project\n");
        write(ws, "old/name.txt", numberedLines("moved line ", 1, 12));
        write(ws, "same.txt", "abc\n");
        GitCli.commitBaseline(ws);
        tracker = new TurnDiffTracker(ws, Limits.defaults());
    }

    @Test
    void editCreateDeleteAndRenameByOneCommand() {
        command(() -> {
            write(ws, "app/main.py", numberedLines("print(", 1, 15).replace("print(8\n", "print(eight)\n"));
            write(ws, "app/new_module.py", "VALUE = 42\n");
            DiskFixtures.delete(ws, "README.md");
            move("old/name.txt", "new/name.txt");
        });
        String diff = tracker.unifiedDiff();
        assertTrue(diff.contains("rename from old/name.txt\nrename to new/name.txt\n"), diff);
        assertEquals(gitSays(), diff);
    }

    @Test
    void renameWithEditIsFoundLikeGitDoes() {
        command(() -> {
            move("old/name.txt", "renamed.txt");
            write(ws, "renamed.txt", numberedLines("moved line ", 1, 12).replace("moved line 3\n", "third\n"));
        });
        assertTrue(tracker.unifiedDiff().contains("similarity index"), tracker.unifiedDiff());
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void realShellCommand() throws Exception {
        tracker.beforeCommand();
        Process shell = new ProcessBuilder("sh", "-c",
                "sed -i 's/return 1/return 2/' app/util.py && mv same.txt kept.txt && rm README.md"
                        + " && printf 'generated\\n' > gen.txt && chmod +x app/main.py && ln -s app/util.py link.py")
                .directory(ws.toFile()).redirectErrorStream(true).start();
        assertEquals(0, shell.waitFor(), new String(shell.getInputStream().readAllBytes()));
        tracker.afterCommand();
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void sameSizeRewriteRightAfterTheScanIsNoticed() {
        // Same size, same inode, likely the same timestamp tick: only a content check can see it.
        command(() -> overwriteInPlace("same.txt", "xyz\n"));
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void fileChangedByPatchThenCommandKeepsItsOriginalBaseline() {
        tracker.beforePatch(List.of(Path.of("app/util.py")));
        write(ws, "app/util.py", "def helper():\n    return 'patched'\n");
        tracker.afterPatch(Map.of());
        command(() -> write(ws, "app/util.py", "def helper():\n    return 'patched'\n# then a command\n"));
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void fileChangedByCommandThenPatchKeepsItsOriginalBaseline() {
        command(() -> write(ws, "README.md", "# Project\nby command\n"));
        tracker.beforePatch(List.of(Path.of("README.md")));
        write(ws, "README.md", "# Project\nby command\nand by patch\n");
        tracker.afterPatch(Map.of());
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void editThenRevertDisappears() {
        command(() -> write(ws, "README.md", "# Changed\n"));
        assertTrue(tracker.hasChanges());
        command(() -> write(ws, "README.md", "# Project\n"));
        assertEquals("", tracker.unifiedDiff());
        assertFalse(tracker.hasChanges());
    }

    @Test
    void fileCreatedBetweenCommandsCountsAsNew() {
        command(() -> { });
        write(ws, "from-background-job.log", "started\n");
        command(() -> write(ws, "from-background-job.log", "started\nfinished\n"));
        assertEquals(gitSays(), tracker.unifiedDiff());
    }

    @Test
    void createdThenDeletedLeavesNothing() {
        command(() -> write(ws, "scratch.tmp", "temporary\n"));
        command(() -> DiskFixtures.delete(ws, "scratch.tmp"));
        assertEquals("", tracker.unifiedDiff());
    }

    @Test
    void skippedDirectoriesAreIgnored() {
        write(ws, "node_modules/lib/index.js", "module.exports = 1;\n");
        write(ws, "src/build/keep.txt", "nested build dir\n");
        command(() -> {
            write(ws, "node_modules/lib/index.js", "module.exports = 2;\n");
            write(ws, "target/classes/App.class", "compiled\n");
            write(ws, ".venv/lib/site.py", "x = 1\n");
            write(ws, "src/__pycache__/m.pyc", "\0bytecode");
        });
        assertEquals("", tracker.unifiedDiff());
    }

    @Test
    void afterCommandWithoutBeforeCommandIsHarmless() {
        tracker.afterCommand();
        assertEquals("", tracker.unifiedDiff());
    }

    private void command(Runnable changes) {
        tracker.beforeCommand();
        changes.run();
        tracker.afterCommand();
    }

    private void move(String from, String to) {
        try {
            Files.createDirectories(ws.resolve(to).getParent());
            Files.move(ws.resolve(from), ws.resolve(to), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void overwriteInPlace(String path, String text) {
        try {
            Path file = ws.resolve(path);
            var modified = Files.getLastModifiedTime(file);
            Files.writeString(file, text);
            Files.setLastModifiedTime(file, modified);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String gitSays() {
        return GitCli.diffSinceBaseline(ws);
    }
}
