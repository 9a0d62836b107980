package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codeloop.core.tools.patch.engine.FileChange.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchPlannerTest {

    /** hello.py of the d_patch_* transcripts. */
    private static final String HELLO =
            "def greet(name):\n    return \"Hello, \" + name\n\n\nprint(greet(\"world\"))\n";

    @TempDir
    Path cwd;

    @Test
    void plansTheTranscriptsPatchWithTheSameDiffs() throws Exception {
        Files.writeString(cwd.resolve("hello.py"), HELLO);

        PatchPlan plan = plan("""
                *** Begin Patch
                *** Add File: NOTES.md
                +# Notes
                +Edited by the fake model.
                *** Update File: hello.py
                @@ def greet(name):
                -    return "Hello, " + name
                +    return f"Hello, {name}!"
                *** End Patch
                """);

        FileChange add = plan.changes().get(0);
        assertEquals(new FileChange(cwd.resolve("NOTES.md"), Kind.ADD, null, null,
                "# Notes\nEdited by the fake model.\n", "# Notes\nEdited by the fake model.\n"), add);
        FileChange update = plan.changes().get(1);
        assertEquals(cwd.resolve("hello.py"), update.path());
        assertEquals(Kind.UPDATE, update.kind());
        assertNull(update.movePath());
        assertEquals(HELLO, update.oldContent());
        assertEquals(HELLO.replace("\"Hello, \" + name", "f\"Hello, {name}!\""), update.newContent());
        // Exactly what Codex put in the fileChange item of d_patch_never.jsonl.
        assertEquals("@@ -1,3 +1,3 @@\n def greet(name):\n-    return \"Hello, \" + name\n"
                + "+    return f\"Hello, {name}!\"\n \n", update.unifiedDiff());
    }

    @Test
    void planningWritesNothing() throws Exception {
        Files.writeString(cwd.resolve("a.txt"), "a\n");

        plan("*** Begin Patch\n*** Add File: new/b.txt\n+b\n*** Delete File: a.txt\n*** End Patch");

        assertEquals("a\n", Files.readString(cwd.resolve("a.txt")));
        assertFalse(Files.exists(cwd.resolve("new")));
    }

    @Test
    void deleteAndMove() throws Exception {
        Files.writeString(cwd.resolve("old.txt"), "bye\n");
        Files.writeString(cwd.resolve("src.txt"), "one\ntwo\n");

        PatchPlan plan = plan("""
                *** Begin Patch
                *** Delete File: old.txt
                *** Update File: src.txt
                *** Move to: moved/dst.txt
                @@
                -two
                +2
                *** End Patch
                """);

        assertEquals(new FileChange(cwd.resolve("old.txt"), Kind.DELETE, null, "bye\n", null, "bye\n"),
                plan.changes().get(0));
        FileChange move = plan.changes().get(1);
        assertEquals(cwd.resolve("moved/dst.txt"), move.movePath());
        assertEquals(cwd.resolve("moved/dst.txt"), move.finalPath());
        assertEquals("one\n2\n", move.newContent());
        assertEquals("@@ -1,2 +1,2 @@\n one\n-two\n+2\n", move.unifiedDiff());
    }

    @Test
    void laterOperationsSeeEarlierOnes() throws Exception {
        Files.writeString(cwd.resolve("a.txt"), "old\n");

        PatchPlan plan = plan("""
                *** Begin Patch
                *** Delete File: a.txt
                *** Add File: a.txt
                +new
                *** Update File: a.txt
                @@
                -new
                +newer
                *** Add File: b.txt
                +b
                *** Update File: b.txt
                *** Move to: c.txt
                @@
                +c
                *** End Patch
                """);

        assertEquals(List.of(Kind.DELETE, Kind.ADD, Kind.UPDATE, Kind.ADD, Kind.UPDATE),
                plan.changes().stream().map(FileChange::kind).toList());
        assertEquals("newer\n", plan.changes().get(2).newContent());
        assertEquals("b\nc\n", plan.changes().get(4).newContent());
    }

    @Test
    void addRefusesToClobberAnExistingFile() throws Exception {
        Files.writeString(cwd.resolve("a.txt"), "keep me\n");

        PatchException e = failure("*** Begin Patch\n*** Add File: a.txt\n+x\n*** End Patch");

        assertEquals(PatchException.Kind.FILE_EXISTS, e.kind());
        assertEquals("Failed to add a.txt: a.txt already exists. Use '*** Update File: a.txt' to change it, or "
                + "'*** Delete File: a.txt' first to replace it", e.getMessage());
        assertEquals(cwd.resolve("a.txt"), e.path());
    }

    @Test
    void updateOrDeleteOfAMissingFile() {
        PatchException update = failure("*** Begin Patch\n*** Update File: nope.py\n-a\n+b\n*** End Patch");
        assertEquals(PatchException.Kind.FILE_NOT_FOUND, update.kind());
        assertEquals("Failed to update nope.py: nope.py does not exist. Use '*** Add File: nope.py' to create it",
                update.getMessage());

        PatchException delete = failure("*** Begin Patch\n*** Delete File: nope.py\n*** End Patch");
        assertEquals(PatchException.Kind.FILE_NOT_FOUND, delete.kind());
        assertEquals("Failed to delete nope.py: nope.py does not exist", delete.getMessage());
    }

    @Test
    void updateOfAFileDeletedEarlierInThePatch() throws Exception {
        Files.writeString(cwd.resolve("a.txt"), "a\n");

        PatchException e = failure("*** Begin Patch\n*** Delete File: a.txt\n*** Update File: a.txt\n-a\n+b\n"
                + "*** End Patch");

        assertEquals(PatchException.Kind.FILE_NOT_FOUND, e.kind());
        assertEquals("Failed to update a.txt: an earlier operation of this patch deletes or moves it", e.getMessage());
    }

    @Test
    void moveOntoAnExistingFile() throws Exception {
        Files.writeString(cwd.resolve("a.txt"), "a\n");
        Files.writeString(cwd.resolve("b.txt"), "b\n");

        PatchException e = failure("*** Begin Patch\n*** Update File: a.txt\n*** Move to: b.txt\n*** End Patch");

        assertEquals(PatchException.Kind.FILE_EXISTS, e.kind());
        assertEquals("Failed to move a.txt to b.txt: b.txt already exists. Use '*** Update File: b.txt' to change "
                + "it, or '*** Delete File: b.txt' first to replace it", e.getMessage());
    }

    @Test
    void directoryWhereAFileIsExpected() throws Exception {
        Files.createDirectories(cwd.resolve("src"));

        PatchException update = failure("*** Begin Patch\n*** Update File: src\n-a\n+b\n*** End Patch");
        assertEquals(PatchException.Kind.NOT_A_FILE, update.kind());
        assertEquals("Failed to update src: src is a directory, not a file", update.getMessage());

        PatchException add = failure("*** Begin Patch\n*** Add File: src\n+x\n*** End Patch");
        assertEquals(PatchException.Kind.NOT_A_FILE, add.kind());
        assertEquals("Failed to add src: src is a directory", add.getMessage());
    }

    @Test
    void fileWhereADirectoryIsExpected() throws Exception {
        Files.writeString(cwd.resolve("notes"), "a file\n");

        PatchException e = failure("*** Begin Patch\n*** Add File: notes/today.md\n+x\n*** End Patch");

        assertEquals(PatchException.Kind.NOT_A_FILE, e.kind());
        assertEquals("Failed to add notes/today.md: notes is a file, not a directory", e.getMessage());
    }

    @Test
    void refusesToUpdateABinaryFileButMayDeleteIt() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        Files.write(cwd.resolve("logo.png"), png);

        PatchException e = failure("*** Begin Patch\n*** Update File: logo.png\n-PNG\n+GIF\n*** End Patch");
        assertEquals(PatchException.Kind.BINARY_FILE, e.kind());
        assertEquals("Failed to update logo.png: it is not a UTF-8 text file (7 bytes); apply_patch only edits "
                + "text; change this file with a command instead.", e.getMessage());

        PatchPlan plan = plan("*** Begin Patch\n*** Delete File: logo.png\n*** End Patch");
        assertEquals(new FileChange(cwd.resolve("logo.png"), Kind.DELETE, null, null, null, ""),
                plan.changes().getFirst());
        assertArrayEquals(png, Files.readAllBytes(cwd.resolve("logo.png")));
    }

    @Test
    void absolutePathsAndDotDotInsideTheRoot() throws Exception {
        Files.createDirectories(cwd.resolve("sub"));
        Files.writeString(cwd.resolve("a.txt"), "a\n");

        PatchPlan plan = plan("*** Begin Patch\n*** Delete File: " + cwd.resolve("a.txt")
                + "\n*** Add File: sub/../b.txt\n+b\n*** End Patch");

        assertEquals(cwd.resolve("a.txt"), plan.changes().get(0).path());
        assertEquals(cwd.resolve("b.txt"), plan.changes().get(1).path());
    }

    private PatchPlan plan(String text) throws PatchException {
        return PatchPlanner.plan(PatchParser.parse(text), cwd, WritablePolicy.roots(cwd));
    }

    private PatchException failure(String text) {
        return assertThrows(PatchException.class, () -> plan(text));
    }
}
