package dev.codeloop.core.diff;

import static dev.codeloop.core.diff.DiskFixtures.bytes;
import static dev.codeloop.core.diff.DiskFixtures.numberedLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each case is compared with what git itself prints for the same change. */
class GitStyleDiffTest {

    @TempDir
    Path dir;

    @Test
    void modifiedFileWithTwoHunksAndFunctionNames() {
        String before = "def first():\n" + numberedLines("    x", 1, 12) + "class Second:\n" + numberedLines("    y", 1, 12);
        String after = before.replace("    x4\n", "    x4 changed\n").replace("    y10\n", "")
                .replace("    y2\n", "    y2\n    y2b\n");
        assertMatchesGit(text("code.py", before), text("code.py", after));
    }

    @Test
    void addedFile() {
        assertMatchesGit(null, text("NOTES.md", "# Notes\nEdited by the fake model.\n"));
    }

    @Test
    void deletedFile() {
        assertMatchesGit(text("old.txt", "one\ntwo\n"), null);
    }

    @Test
    void addedEmptyFileHasNoHunks() {
        assertMatchesGit(null, text("empty", ""));
    }

    @Test
    void missingFinalNewlineOnEitherSide() {
        assertMatchesGit(text("a.txt", "a\nb\nc"), text("a.txt", "a\nB\nc"));
        assertMatchesGit(text("b.txt", "a\nb"), text("b.txt", "a\nb\n"));
        assertMatchesGit(text("c.txt", "a\nb\n"), text("c.txt", "a\nb"));
    }

    @Test
    void binaryContent() {
        assertMatchesGit(side("img.bin", GitFileMode.REGULAR, "PNG\0\1\2"), side("img.bin", GitFileMode.REGULAR, "PNG\0\1\3"));
        assertMatchesGit(null, side("new.bin", GitFileMode.REGULAR, "\0\0"));
    }

    @Test
    void modeChangeAloneAndWithContent() {
        assertMatchesGit(text("run.sh", "echo hi\n"), side("run.sh", GitFileMode.EXECUTABLE, "echo hi\n"));
        assertMatchesGit(text("go.sh", "echo a\n"), side("go.sh", GitFileMode.EXECUTABLE, "echo b\n"));
        assertMatchesGit(null, side("new.sh", GitFileMode.EXECUTABLE, "#!/bin/sh\n"));
    }

    @Test
    void renameWithAndWithoutChanges() {
        String content = numberedLines("line ", 1, 10);
        assertMatchesGit(text("src/a.txt", content), text("dst/a.txt", content));
        assertMatchesGit(text("b.txt", content), text("c.txt", content.replace("line 5\n", "line five\n")));
    }

    @Test
    void pathsGitQuotes() {
        assertMatchesGit(text("sp ace.txt", "old\n"), text("sp ace.txt", "new\n"));
        assertMatchesGit(text("café.txt", "q\n"), text("café.txt", "r\n"));
        assertMatchesGit(null, text("quote\"d.txt", "x\n"));
    }

    @Test
    void symlinkRetargetedAndFileTurnedIntoSymlink() {
        assertMatchesGit(side("link", GitFileMode.SYMLINK, "one.txt"), side("link", GitFileMode.SYMLINK, "two.txt"));
        assertMatchesGit(text("tc", "plain\n"), side("tc", GitFileMode.SYMLINK, "target"));
    }

    @Test
    void unknownContentIsReportedWithoutBlobIds() {
        DiffSide before = new DiffSide("big.log", GitFileMode.REGULAR, null);
        DiffSide after = new DiffSide("big.log", GitFileMode.REGULAR, null);
        assertEquals("diff --git a/big.log b/big.log\nBinary files a/big.log and b/big.log differ\n",
                GitStyleDiff.fileSection(before, after));
        assertEquals("diff --git a/big.log b/big.log\ndeleted file mode 100644\n"
                        + "Binary files a/big.log and /dev/null differ\n",
                GitStyleDiff.fileSection(before, null));
    }

    @Test
    void identicalSidesRenderNothing() {
        assertEquals("", GitStyleDiff.fileSection(text("same", "x\n"), text("same", "x\n")));
        assertEquals("", GitStyleDiff.fileSection(null, null));
    }

    @Test
    void hunksAloneAndHeaderPieces() {
        assertEquals("@@ -1,2 +1,2 @@\n a\n-b\n+c\n", GitStyleDiff.hunks(bytes("a\nb\n"), bytes("a\nc\n")));
        assertEquals("\"a/tab\\there\"", GitStyleDiff.label("a/", "tab\there"));
        assertEquals("a/tmp/outside.txt", GitStyleDiff.label("a/", "/tmp/outside.txt"));
        assertTrue(GitStyleDiff.indexLine(text("x", "1\n"), text("x", "2\n")).endsWith(" 100644\n"));
    }

    private void assertMatchesGit(DiffSide before, DiffSide after) {
        assertEquals(gitDiff(before, after), GitStyleDiff.fileSection(before, after));
    }

    /** Commits {@code before} in a fresh repository, replaces it with {@code after}, asks git for the diff. */
    private String gitDiff(DiffSide before, DiffSide after) {
        Path repo = dir.resolve("repo" + System.nanoTime());
        if (before != null) {
            DiskFixtures.write(repo, before);
        } else {
            repo.toFile().mkdirs();
        }
        GitCli.commitBaseline(repo);
        if (before != null) {
            DiskFixtures.delete(repo, before.path());
        }
        if (after != null) {
            DiskFixtures.write(repo, after);
        }
        return GitCli.diffSinceBaseline(repo);
    }

    private static DiffSide text(String path, String content) {
        return side(path, GitFileMode.REGULAR, content);
    }

    private static DiffSide side(String path, GitFileMode mode, String content) {
        return new DiffSide(path, mode, bytes(content));
    }
}
