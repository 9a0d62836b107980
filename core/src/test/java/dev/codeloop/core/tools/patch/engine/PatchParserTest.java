package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatchParserTest {

    @Test
    void parsesEveryKindOfHunk() throws PatchException {
        Patch patch = PatchParser.parse("""
                *** Begin Patch
                *** Add File: path/new.txt
                +line one
                +line two
                *** Delete File: path/old.txt
                *** Update File: src/app.py
                *** Move to: src/main.py
                @@ def greet(name):
                -    return "Hello, " + name
                +    return f"Hello, {name}!"
                @@
                 context line
                -old
                +new
                *** End of File
                *** End Patch
                """);

        assertEquals(3, patch.ops().size());
        assertEquals(new FileOp.Add("path/new.txt", "line one\nline two\n"), patch.ops().get(0));
        assertEquals(new FileOp.Delete("path/old.txt"), patch.ops().get(1));
        FileOp.Update update = (FileOp.Update) patch.ops().get(2);
        assertEquals("src/app.py", update.path());
        assertEquals("src/main.py", update.movePath());
        assertEquals(List.of(
                new Chunk("def greet(name):", List.of("    return \"Hello, \" + name"),
                        List.of("    return f\"Hello, {name}!\""), false),
                new Chunk(null, List.of("context line", "old"), List.of("context line", "new"), true)),
                update.chunks());
    }

    @Test
    void firstChunkMayOmitItsHeader() throws PatchException {
        FileOp.Update update = onlyUpdate("""
                *** Begin Patch
                *** Update File: a.txt
                 keep
                -drop
                +add
                @@ second
                -x
                +y
                *** End Patch
                """);

        assertNull(update.movePath());
        assertEquals(2, update.chunks().size());
        assertNull(update.chunks().get(0).header());
        assertEquals(List.of("keep", "drop"), update.chunks().get(0).oldLines());
        assertEquals(List.of("keep", "add"), update.chunks().get(0).newLines());
        assertEquals("second", update.chunks().get(1).header());
    }

    @Test
    void anEmptyLineInAChunkIsAnEmptyContextLine() throws PatchException {
        FileOp.Update update = onlyUpdate("*** Begin Patch\n*** Update File: a\n@@\n a\n\n-b\n+c\n*** End Patch\n");

        assertEquals(List.of("a", "", "b"), update.chunks().getFirst().oldLines());
        assertEquals(List.of("a", "", "c"), update.chunks().getFirst().newLines());
    }

    @Test
    void aLineStartingWithASpaceIsContextEvenIfItLooksLikeAMarker() throws PatchException {
        FileOp.Update update = onlyUpdate("""
                *** Begin Patch
                *** Update File: PatchDoc.md
                @@
                 *** Add File: example.txt
                -@@ old
                +@@ new
                *** End Patch
                """);

        assertEquals(List.of("*** Add File: example.txt", "@@ old"), update.chunks().getFirst().oldLines());
    }

    @Test
    void manyFilesAndMoveWithoutChanges() throws PatchException {
        Patch patch = PatchParser.parse("""
                *** Begin Patch
                *** Update File: old/name.txt
                *** Move to: new/name.txt
                *** Add File: empty.txt
                *** Update File: b.txt
                @@
                -1
                +2
                *** End Patch
                """);

        assertEquals(new FileOp.Update("old/name.txt", "new/name.txt", List.of()), patch.ops().get(0));
        assertEquals(new FileOp.Add("empty.txt", ""), patch.ops().get(1));
        assertEquals("b.txt", patch.ops().get(2).path());
    }

    @Test
    void toleratesWhitespaceAroundMarkersAndBlankLinesBetweenHunks() throws PatchException {
        Patch patch = PatchParser.parse("""

                  *** Begin Patch \t
                *** Add File:   spaced name.txt\s\s
                +x

                \t*** Delete File: gone.txt
                   *** Update File: u.txt
                  *** Move to:  v.txt
                @@
                -a
                +b
                *** End of File  \s
                 *** End Patch\s

                """);

        assertEquals(new FileOp.Add("spaced name.txt", "x\n"), patch.ops().get(0));
        assertEquals(new FileOp.Delete("gone.txt"), patch.ops().get(1));
        FileOp.Update update = (FileOp.Update) patch.ops().get(2);
        assertEquals("v.txt", update.movePath());
        assertTrue(update.chunks().getFirst().endOfFile());
    }

    @Test
    void unwrapsAHeredoc() throws PatchException {
        for (String opener : List.of("<<'EOF'", "<<EOF", "<<\"EOF\"", "apply_patch <<'EOF'")) {
            Patch patch = PatchParser.parse(opener + "\n*** Begin Patch\n*** Delete File: a\n*** End Patch\nEOF\n");
            assertEquals(List.of(new FileOp.Delete("a")), patch.ops(), opener);
        }
        Patch unclosed = PatchParser.parse("<<'PATCH'\n*** Begin Patch\n*** Delete File: a\n*** End Patch\n");
        assertEquals(List.of(new FileOp.Delete("a")), unclosed.ops());
    }

    @Test
    void acceptsCrlf() throws PatchException {
        Patch patch = PatchParser.parse("*** Begin Patch\r\n*** Update File: a\r\n@@ h\r\n x\r\n-y\r\n+z\r\n"
                + "*** Add File: b\r\n+1\r\n*** End Patch\r\n");

        FileOp.Update update = (FileOp.Update) patch.ops().getFirst();
        assertEquals(new Chunk("h", List.of("x", "y"), List.of("x", "z"), false), update.chunks().getFirst());
        assertEquals(new FileOp.Add("b", "1\n"), patch.ops().get(1));
    }

    @Test
    void unifiedDiffRangesInAHeaderAreNotContext() throws PatchException {
        FileOp.Update update = onlyUpdate("""
                *** Begin Patch
                *** Update File: a
                @@ -1,3 +1,3 @@
                -a
                +b
                @@ -10,2 +10,2 @@ def f():
                -c
                +d
                *** End Patch
                """);

        assertNull(update.chunks().get(0).header());
        assertEquals("def f():", update.chunks().get(1).header());
    }

    @Test
    void blankLinesBeforeTheFirstChunkAreLayout() throws PatchException {
        FileOp.Update update = onlyUpdate("*** Begin Patch\n*** Update File: a\n\n@@\n-x\n+y\n\n*** End Patch\n");

        assertEquals(1, update.chunks().size());
        assertEquals(List.of("x", ""), update.chunks().getFirst().oldLines());
        assertFalse(update.chunks().getFirst().endOfFile());
    }

    private static FileOp.Update onlyUpdate(String text) throws PatchException {
        Patch patch = PatchParser.parse(text);
        assertEquals(1, patch.ops().size());
        return (FileOp.Update) patch.ops().getFirst();
    }
}
