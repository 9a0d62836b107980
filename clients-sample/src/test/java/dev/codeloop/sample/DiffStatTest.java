package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiffStatTest {

    @Test
    void countsFilesAndLinesOfAGitDiff() {
        DiffStat stat = DiffStat.of("""
                diff --git a/NOTES.md b/NOTES.md
                new file mode 100644
                index 0000000..00d9c93
                --- /dev/null
                +++ b/NOTES.md
                @@ -0,0 +1,2 @@
                +# Notes
                +Edited.
                diff --git a/hello.py b/hello.py
                --- a/hello.py
                +++ b/hello.py
                @@ -1,3 +1,3 @@
                 def greet(name):
                -    return "Hello, " + name
                +    return f"Hello, {name}!"
                \\ No newline at end of file
                """);

        assertEquals(new DiffStat(2, 3, 1), stat);
        assertEquals("2 files changed, 3 insertions(+), 1 deletion(-)", stat.describe());
    }

    @Test
    void hunkCountsTellRemovedLinesFromTheNextFilesHeaders() {
        // The removed line "-- a/x" reads "--- a/x" in the diff, like a header; the hunk says it is content.
        DiffStat stat = DiffStat.of("""
                --- a/notes.txt
                +++ b/notes.txt
                @@ -1,2 +1 @@
                 keep
                --- a/x
                --- a/other.txt
                +++ b/other.txt
                @@ -1 +1,2 @@
                 one
                ++++ plus
                """);

        assertEquals(new DiffStat(2, 1, 1), stat);
    }

    @Test
    void theHunksOfOneFileHaveNoFileHeader() {
        assertEquals(new DiffStat(0, 1, 1), DiffStat.of("@@ -1,3 +1,3 @@\n def greet(name):\n-    a\n+    b\n \n"));
    }

    @Test
    void describesLikeGitShortstat() {
        assertEquals("1 file changed, 1 insertion(+)", new DiffStat(1, 1, 0).describe());
        assertEquals("1 file changed, 2 deletions(-)", new DiffStat(1, 0, 2).describe());
        assertEquals("1 file changed, 0 insertions(+), 0 deletions(-)", new DiffStat(1, 0, 0).describe());
        assertEquals("3 files changed, 1,200 insertions(+), 1 deletion(-)", new DiffStat(3, 1200, 1).describe());
    }

    @Test
    void countsTheLinesOfWholeFiles() {
        assertEquals(0, DiffStat.lines(""));
        assertEquals(2, DiffStat.lines("a\nb\n"));
        assertEquals(2, DiffStat.lines("a\nb"));
    }
}
