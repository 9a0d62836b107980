package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How chunks find their place in a real file, through the parser and the planner. */
class PatchMatchingTest {

    @TempDir
    Path cwd;

    @Test
    void exactMatch() throws Exception {
        assertEquals("a\nB\nc\n", patched("a\nb\nc\n", " a\n-b\n+B\n c"));
    }

    @Test
    void ignoresTrailingWhitespace() throws Exception {
        // The unchanged line keeps its trailing spaces: tolerance must not rewrite lines the model did not change.
        assertEquals("def f():  \n    return 2\n",
                patched("def f():  \n    return 1\t\n", " def f():\n-    return 1\n+    return 2"));
    }

    @Test
    void ignoresSurroundingWhitespace() throws Exception {
        assertEquals("        if x:\n            y()\nz\n",
                patched("        if x:\n            pass\nz\n", " if x:\n-    pass\n+            y()"));
    }

    @Test
    void asciiPatchMatchesUnicodePunctuation() throws Exception {
        String file = "title = \u201CCodeloop \u2013 agent\u201D\nquote = \u2018it\u2019s\u2019\u00A0\u2026\nend\n";
        String patch = " title = \"Codeloop - agent\"\n-quote = 'it's' ...\n+quote = \"it is\"";

        assertEquals("title = \u201CCodeloop \u2013 agent\u201D\nquote = \"it is\"\nend\n", patched(file, patch));
    }

    @Test
    void endOfFileAnchorsAtTheEnd() throws Exception {
        String file = "}\n\nfn main() {\n}\n";

        assertEquals("}\n\nfn main() {\n}\n// end\n", patched(file, "@@\n }\n+// end\n*** End of File"));
        assertEquals("}\n// end\n\nfn main() {\n}\n", patched(file, "@@\n }\n+// end"));
    }

    @Test
    void headerChoosesBetweenIdenticalRuns() throws Exception {
        String file = "def a():\n    return 1\n\ndef b():\n    return 1\n";

        assertEquals("def a():\n    return 1\n\ndef b():\n    return 2\n",
                patched(file, "@@ def b():\n-    return 1\n+    return 2"));
        assertEquals("def a():\n    return 2\n\ndef b():\n    return 1\n",
                patched(file, "@@ def a():\n-    return 1\n+    return 2"));
    }

    @Test
    void headerRepeatedAsTheFirstContextLine() throws Exception {
        assertEquals("x\ndef f():\n    pass\n",
                patched("x\ndef f():\n    return\n", "@@ def f():\n def f():\n-    return\n+    pass"));
    }

    @Test
    void chunksAreSearchedInOrder() throws Exception {
        String file = "x = 1\nmid\nx = 1\n";

        assertEquals("x = 2\nmid\nx = 3\n", patched(file, "@@\n-x = 1\n+x = 2\n@@\n-x = 1\n+x = 3"));
    }

    @Test
    void insertionOnlyChunkGoesToTheEndOrAfterItsHeader() throws Exception {
        assertEquals("a\nb\nc\n", patched("a\nb\n", "@@\n+c"));
        assertEquals("a\nnew\nb\n", patched("a\nb\n", "@@ a\n+new"));
        assertEquals("a\nb\nc", patched("a\nb", "@@\n+c"));
    }

    @Test
    void trailingBlankContextLinesTheModelLeftAreForgiven() throws Exception {
        assertEquals("a\nB\n", patched("a\nb\n", " a\n-b\n+B\n\n"));
    }

    @Test
    void preservesCrlfAndMissingFinalNewline() throws Exception {
        assertEquals("one\r\nTWO\r\nthree", patched("one\r\ntwo\r\nthree", " one\n-two\n+TWO"));
    }

    @Test
    void failureShowsTheFileAndTheLinesLookedFor() throws Exception {
        Files.writeString(cwd.resolve("app.py"), "a\nb\nc\n");

        PatchException e = assertThrows(PatchException.class, () -> plan("app.py", "@@\n-a\n+A\n@@\n-zzz\n+y\n yyy"));

        assertEquals(PatchException.Kind.NO_MATCH, e.kind());
        assertEquals("Failed to find expected lines in app.py (chunk 2 of 2):\nzzz\nyyy", e.getMessage());
    }

    @Test
    void failureSaysWhenTheLinesComeBeforeThePreviousChunk() throws Exception {
        Files.writeString(cwd.resolve("app.py"), "a\nb\nc\n");

        PatchException e = assertThrows(PatchException.class, () -> plan("app.py", "@@\n-c\n+C\n@@\n-a\n+A"));

        assertEquals("Failed to find expected lines in app.py (chunk 2 of 2):\na\n\nThose lines are at line 1, above "
                + "where this chunk was searched (after the previous chunk): list chunks in the order of the file.",
                e.getMessage());
    }

    @Test
    void missingHeaderLine() throws Exception {
        Files.writeString(cwd.resolve("app.py"), "a\n");

        PatchException e = assertThrows(PatchException.class, () -> plan("app.py", "@@ def nope():\n-a\n+b"));

        assertEquals(PatchException.Kind.NO_MATCH, e.kind());
        assertEquals("Failed to find the '@@ def nope():' line in app.py (chunk 1 of 1): the text after '@@' must be "
                + "a line of the file, such as a function or class signature, below the previous chunk",
                e.getMessage());
    }

    private String patched(String content, String chunks) throws Exception {
        Files.writeString(cwd.resolve("file.txt"), content);
        return plan("file.txt", chunks).changes().getFirst().newContent();
    }

    private PatchPlan plan(String path, String chunks) throws PatchException, IOException {
        Patch patch = PatchParser.parse(
                "*** Begin Patch\n*** Update File: " + path + "\n" + chunks + "\n*** End Patch");
        return PatchPlanner.plan(patch, cwd, WritablePolicy.roots(cwd));
    }
}
