package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.tools.patch.engine.FailingDisk.Op;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchApplierTest {

    @TempDir
    Path cwd;

    @Test
    void addsUpdatesDeletesAndMoves() throws Exception {
        write("hello.py", "def greet(name):\n    return \"Hello, \" + name\n");
        write("old.txt", "bye\n");
        write("src/app.py", "x = 1\n");

        AppliedPatch applied = apply("""
                *** Begin Patch
                *** Add File: docs/NOTES.md
                +# Notes
                *** Update File: hello.py
                @@ def greet(name):
                -    return "Hello, " + name
                +    return f"Hello, {name}!"
                *** Delete File: old.txt
                *** Update File: src/app.py
                *** Move to: src/main.py
                @@
                -x = 1
                +x = 2
                *** End Patch
                """);

        assertEquals("# Notes\n", read("docs/NOTES.md"));
        assertEquals("def greet(name):\n    return f\"Hello, {name}!\"\n", read("hello.py"));
        assertFalse(Files.exists(cwd.resolve("old.txt")));
        assertFalse(Files.exists(cwd.resolve("src/app.py")));
        assertEquals("x = 2\n", read("src/main.py"));
        assertEquals("Success. Updated the following files:\nA docs/NOTES.md\nM hello.py\nM src/main.py\nD old.txt\n",
                applied.summary(cwd));
        assertNoTempFiles();
    }

    @Test
    void summaryShowsPathsOutsideTheCwdInFull() throws Exception {
        Path cwdChild = Files.createDirectories(cwd.resolve("child"));
        PatchPlan plan = PatchPlanner.plan(PatchParser.parse("*** Begin Patch\n*** Add File: ../up.txt\n+x\n"
                + "*** End Patch"), cwdChild, WritablePolicy.roots(cwd));

        assertEquals("Success. Updated the following files:\nA " + cwd.resolve("up.txt") + "\n",
                PatchApplier.apply(plan).summary(cwdChild));
    }

    @Test
    void aChunkThatFailsInTheSecondFileLeavesTheFirstUntouched() throws Exception {
        write("a.txt", "a\n");
        write("b.txt", "b\n");

        PatchException e = assertThrows(PatchException.class, () -> apply("""
                *** Begin Patch
                *** Update File: a.txt
                -a
                +A
                *** Add File: new/dir/c.txt
                +c
                *** Update File: b.txt
                -not there
                +B
                *** End Patch
                """));

        assertEquals(PatchException.Kind.NO_MATCH, e.kind());
        assertEquals("a\n", read("a.txt"));
        assertEquals("b\n", read("b.txt"));
        assertFalse(Files.exists(cwd.resolve("new")));
    }

    @Test
    void aFailedMoveIntoPlaceRollsBackTheFilesAlreadyWritten() throws Exception {
        write("a.txt", "a\n");
        write("b.txt", "b\n");
        write("gone.txt", "gone\n");
        PatchPlan plan = plan("""
                *** Begin Patch
                *** Update File: a.txt
                -a
                +A
                *** Add File: new/dir/c.txt
                +c
                *** Update File: b.txt
                -b
                +B
                *** Delete File: gone.txt
                *** End Patch
                """);

        PatchException e = assertThrows(PatchException.class,
                () -> PatchApplier.apply(plan, FailingDisk.once(Op.MOVE, 3)));

        assertEquals(PatchException.Kind.IO_ERROR, e.kind());
        assertEquals("Failed to write " + cwd.resolve("b.txt") + ": IOException (simulated failure on b.txt). No file "
                + "was changed: everything already written was put back.", e.getMessage());
        assertEquals("a\n", read("a.txt"));
        assertEquals("b\n", read("b.txt"));
        assertEquals("gone\n", read("gone.txt"));
        assertFalse(Files.exists(cwd.resolve("new")), "directories created for the patch are removed again");
        assertNoTempFiles();
    }

    @Test
    void aFailedDeleteRollsBackEverything() throws Exception {
        write("a.txt", "a\n");
        write("one.txt", "1\n");
        write("two.txt", "2\n");
        PatchPlan plan = plan("""
                *** Begin Patch
                *** Update File: a.txt
                *** Move to: moved/a.txt
                -a
                +A
                *** Delete File: one.txt
                *** Delete File: two.txt
                *** End Patch
                """);

        PatchException e = assertThrows(PatchException.class,
                () -> PatchApplier.apply(plan, FailingDisk.once(Op.DELETE, 3)));

        assertEquals("Failed to delete " + cwd.resolve("two.txt") + ": IOException (simulated failure on two.txt). "
                + "No file was changed: everything already written was put back.", e.getMessage());
        assertEquals("a\n", read("a.txt"));
        assertEquals("1\n", read("one.txt"));
        assertEquals("2\n", read("two.txt"));
        assertFalse(Files.exists(cwd.resolve("moved")));
        assertNoTempFiles();
    }

    @Test
    void aRegularFileWhereADirectoryMustBeCreatedFailsCleanly() throws Exception {
        write("a.txt", "a\n");
        PatchPlan plan = plan("*** Begin Patch\n*** Update File: a.txt\n-a\n+A\n*** Add File: sub/b.txt\n+b\n"
                + "*** End Patch");
        // Someone puts a file where the patch needs a directory, after planning.
        write("sub", "in the way\n");

        PatchException e = assertThrows(PatchException.class, () -> PatchApplier.apply(plan));

        assertEquals(PatchException.Kind.IO_ERROR, e.kind());
        assertEquals("a\n", read("a.txt"));
        assertEquals("in the way\n", read("sub"));
        assertNoTempFiles();
    }

    @Test
    void reportsFilesItCouldNotPutBack() throws Exception {
        write("a.txt", "a\n");
        write("b.txt", "b\n");
        PatchPlan plan = plan("*** Begin Patch\n*** Update File: a.txt\n-a\n+A\n*** Update File: b.txt\n-b\n+B\n"
                + "*** End Patch");

        // The second move fails, and so does every move after it, including the one that would restore a.txt.
        PatchException e = assertThrows(PatchException.class,
                () -> PatchApplier.apply(plan, FailingDisk.fromThenOn(Op.MOVE, 2)));

        assertTrue(e.getMessage().endsWith("Putting the files back also failed for: " + cwd.resolve("a.txt")
                + "; check them before retrying."), e.getMessage());
        assertNoTempFiles();
    }

    @Test
    void refusesWhenAFileChangedAfterPlanning() throws Exception {
        write("a.txt", "a\n");
        write("b.txt", "b\n");
        PatchPlan plan = plan("*** Begin Patch\n*** Update File: a.txt\n-a\n+A\n*** Update File: b.txt\n-b\n+B\n"
                + "*** Add File: c.txt\n+c\n*** End Patch");
        write("b.txt", "b\nedited by the user\n");

        PatchException e = assertThrows(PatchException.class, () -> PatchApplier.apply(plan));

        assertEquals(PatchException.Kind.STALE, e.kind());
        assertEquals(cwd.resolve("b.txt") + " changed after the patch was checked, so nothing was written. Read the "
                + "file again and send a new patch.", e.getMessage());
        assertEquals("a\n", read("a.txt"));
        assertFalse(Files.exists(cwd.resolve("c.txt")));
    }

    @Test
    void refusesWhenAFileToAddAppearedAfterPlanning() throws Exception {
        PatchPlan plan = plan("*** Begin Patch\n*** Add File: c.txt\n+c\n*** End Patch");
        write("c.txt", "theirs\n");

        PatchException e = assertThrows(PatchException.class, () -> PatchApplier.apply(plan));

        assertEquals(PatchException.Kind.STALE, e.kind());
        assertEquals("theirs\n", read("c.txt"));
    }

    @Test
    void preservesLineEndingsAndAMissingFinalNewline() throws Exception {
        Files.write(cwd.resolve("win.txt"), "one\r\ntwo\r\nthree".getBytes(StandardCharsets.UTF_8));
        Files.write(cwd.resolve("unix.txt"), "one\ntwo\n".getBytes(StandardCharsets.UTF_8));

        apply("""
                *** Begin Patch
                *** Update File: win.txt
                 one
                -two
                +2
                +2.5
                *** Update File: unix.txt
                -two
                +2
                *** End Patch
                """);

        assertArrayEquals("one\r\n2\r\n2.5\r\nthree".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(cwd.resolve("win.txt")));
        assertArrayEquals("one\n2\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(cwd.resolve("unix.txt")));
    }

    @Test
    void keepsPermissionsOnUpdateAndMove() throws Exception {
        Set<PosixFilePermission> executable = PosixFilePermissions.fromString("rwxr-x---");
        write("run.sh", "#!/bin/sh\necho hi\n");
        write("tool.sh", "#!/bin/sh\n");
        Files.setPosixFilePermissions(cwd.resolve("run.sh"), executable);
        Files.setPosixFilePermissions(cwd.resolve("tool.sh"), executable);

        apply("""
                *** Begin Patch
                *** Update File: run.sh
                -echo hi
                +echo hello
                *** Update File: tool.sh
                *** Move to: bin/tool.sh
                *** Add File: plain.txt
                +x
                *** End Patch
                """);

        assertEquals(executable, Files.getPosixFilePermissions(cwd.resolve("run.sh")));
        assertEquals(executable, Files.getPosixFilePermissions(cwd.resolve("bin/tool.sh")));
        // New files get the usual defaults (umask), not the owner-only mode of a temporary file.
        Path reference = Files.writeString(cwd.resolve("reference.txt"), "r");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(cwd.resolve("plain.txt")));
    }

    @Test
    void editsThroughASymlinkKeepTheLink() throws Exception {
        write("real.txt", "a\n");
        Path link = Files.createSymbolicLink(cwd.resolve("link.txt"), Path.of("real.txt"));

        apply("*** Begin Patch\n*** Update File: link.txt\n-a\n+b\n*** End Patch");

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("b\n", read("real.txt"));
    }

    @Test
    void aDeletedSymlinkIsPutBackAsALink() throws Exception {
        write("real.txt", "a\n");
        write("other.txt", "o\n");
        Path link = Files.createSymbolicLink(cwd.resolve("link.txt"), Path.of("real.txt"));
        PatchPlan plan = plan("*** Begin Patch\n*** Delete File: link.txt\n*** Delete File: other.txt\n"
                + "*** End Patch");

        assertThrows(PatchException.class, () -> PatchApplier.apply(plan, FailingDisk.once(Op.DELETE, 2)));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("real.txt"), Files.readSymbolicLink(link));
        assertEquals("o\n", read("other.txt"));
    }

    @Test
    void unrestrictedPlansMayWriteOutsideTheCwd() throws Exception {
        Path work = Files.createDirectories(cwd.resolve("work"));
        PatchPlan plan = PatchPlanner.plan(PatchParser.parse("*** Begin Patch\n*** Add File: ../outside.txt\n+x\n"
                + "*** End Patch"), work, WritablePolicy.UNRESTRICTED);

        PatchApplier.apply(plan);

        assertEquals("x\n", read("outside.txt"));
    }

    private AppliedPatch apply(String text) throws PatchException {
        return PatchApplier.apply(plan(text));
    }

    private PatchPlan plan(String text) throws PatchException {
        return PatchPlanner.plan(PatchParser.parse(text), cwd, WritablePolicy.roots(cwd));
    }

    private void write(String path, String content) throws IOException {
        Path file = cwd.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String read(String path) throws IOException {
        return Files.readString(cwd.resolve(path));
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> files = Files.walk(cwd)) {
            List<Path> temps = files.filter(p -> p.getFileName().toString().endsWith(".patch-tmp")).toList();
            assertEquals(List.of(), temps);
        }
    }
}
