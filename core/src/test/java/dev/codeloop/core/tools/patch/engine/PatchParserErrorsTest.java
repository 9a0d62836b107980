package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every parse error, word for word: the model reads these and has to fix its patch from them alone. */
class PatchParserErrorsTest {

    @Test
    void emptyPatch() {
        assertError("invalid patch: the patch is empty; it must start with '*** Begin Patch' and end with "
                + "'*** End Patch'", " \n\n");
    }

    @Test
    void missingBeginPatch() {
        assertError("invalid patch: line 1: the first line must be '*** Begin Patch', got '*** Add File: a'",
                "*** Add File: a\n+x\n*** End Patch\n");
    }

    @Test
    void missingEndPatch() {
        assertError("invalid patch: line 3: the last line must be '*** End Patch', got '+x'",
                "*** Begin Patch\n*** Add File: a\n+x\n");
        assertError("invalid patch: line 1: the last line must be '*** End Patch', got '*** Begin Patch'",
                "*** Begin Patch\n");
    }

    @Test
    void noOperations() {
        assertError("invalid patch: the patch has no file operations between '*** Begin Patch' and '*** End Patch'. "
                + "Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'",
                "*** Begin Patch\n\n*** End Patch\n");
    }

    @Test
    void invalidHunkHeader() {
        assertError("invalid hunk at line 3: '*** Frobnicate File: x' is not a valid hunk header. Valid hunk "
                + "headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'",
                "*** Begin Patch\n*** Delete File: a\n*** Frobnicate File: x\n*** End Patch\n");
    }

    @Test
    void invalidHunkHeaderAfterAChunk() {
        assertError("invalid hunk at line 5: '*** Frobnicate File: x' is not a valid hunk header. Valid hunk "
                + "headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'",
                "*** Begin Patch\n*** Update File: a\n-x\n+y\n*** Frobnicate File: x\n*** End Patch\n");
    }

    @Test
    void textWhereAHunkHeaderBelongs() {
        assertError("invalid hunk at line 2: 'hello' is not a valid hunk header. Valid hunk headers: "
                + "'*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'",
                "*** Begin Patch\nhello\n*** End Patch\n");
    }

    @Test
    void twoPatchesGluedTogether() {
        assertError("invalid hunk at line 3: '*** End Patch' may appear only once, as the first or last line: put "
                + "all file operations in one patch",
                "*** Begin Patch\n*** Delete File: a\n*** End Patch\n*** Begin Patch\n*** Delete File: b\n"
                + "*** End Patch\n");
        assertError("invalid hunk at line 5: '*** End Patch' may appear only once, as the first or last line: put "
                + "all file operations in one patch",
                "*** Begin Patch\n*** Update File: a\n-x\n+y\n*** End Patch\n*** Begin Patch\n*** End Patch\n");
    }

    @Test
    void badChangeLine() {
        assertError("invalid patch: line 7: expected '@@' or a change line (starting with ' ' for context, '-' for "
                + "a removed line or '+' for an added line), got 'return x'",
                "*** Begin Patch\n*** Update File: a.py\n@@ def f():\n a\n-b\n+c\nreturn x\n*** End Patch\n");
    }

    @Test
    void emptyUpdate() {
        assertError("invalid hunk at line 2: '*** Update File: a.py' has no changes: add at least one chunk ('@@' "
                + "followed by ' ' context, '-' removed and '+' added lines)",
                "*** Begin Patch\n*** Update File: a.py\n*** Delete File: b\n*** End Patch\n");
    }

    @Test
    void emptyChunk() {
        assertError("invalid patch: line 3: the chunk has no lines; follow '@@' with context (' '), removed ('-') "
                + "or added ('+') lines", "*** Begin Patch\n*** Update File: a\n@@ f\n@@\n-x\n*** End Patch\n");
    }

    @Test
    void missingPath() {
        assertError("invalid hunk at line 2: '*** Add File:' needs a path after it, e.g. '*** Add File: src/app.py'",
                "*** Begin Patch\n*** Add File:  \n+x\n*** End Patch\n");
        assertError("invalid hunk at line 3: '*** Move to:' needs a path after it, e.g. '*** Move to: src/app.py'",
                "*** Begin Patch\n*** Update File: a\n*** Move to:\n-x\n*** End Patch\n");
    }

    @Test
    void addedLineWithoutPlus() {
        assertError("invalid patch: line 4: every line of an added file starts with '+' (write an empty line as a "
                + "lone '+'), got ''", "*** Begin Patch\n*** Add File: a\n+one\n\n+three\n*** End Patch\n");
    }

    @Test
    void addedLineWithoutPlusBeforeTheNextHunk() {
        assertError("invalid patch: line 4: every line of an added file starts with '+' (write an empty line as a "
                + "lone '+'), got 'two'", "*** Begin Patch\n*** Add File: a\n+one\ntwo\n*** Delete File: b\n"
                + "*** End Patch\n");
    }

    @Test
    void linesAfterADelete() {
        assertError("invalid patch: line 3: '*** Delete File: a' takes no lines after it (to change a file, use "
                + "'*** Update File:'), got '-old'", "*** Begin Patch\n*** Delete File: a\n-old\n*** End Patch\n");
    }

    @Test
    void moveToInTheWrongPlace() {
        assertError("invalid hunk at line 5: '*** Move to:' must come right after '*** Update File: {path}'",
                "*** Begin Patch\n*** Update File: a\n-x\n+y\n*** Move to: b\n*** End Patch\n");
    }

    @Test
    void endOfFileWithoutLines() {
        assertError("invalid patch: line 4: '*** End of File' must follow the lines of a chunk",
                "*** Begin Patch\n*** Update File: a\n@@\n*** End of File\n*** End Patch\n");
    }

    @Test
    void changeLinesAfterEndOfFileNeedANewChunk() {
        assertError("invalid patch: line 6: expected '@@' to start a new chunk after '*** End of File', got '-y'",
                "*** Begin Patch\n*** Update File: a\n-x\n+z\n*** End of File\n-y\n*** End Patch\n");
    }

    @Test
    void lineNumbersCountTheHeredocLine() {
        assertError("invalid hunk at line 3: 'oops' is not a valid hunk header. Valid hunk headers: "
                + "'*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'",
                "<<'EOF'\n*** Begin Patch\noops\n*** End Patch\nEOF\n");
    }

    private static void assertError(String expected, String patch) {
        PatchException e = assertThrows(PatchException.class, () -> PatchParser.parse(patch));
        assertEquals(PatchException.Kind.INVALID_PATCH, e.kind());
        assertEquals(expected, e.getMessage());
    }
}
