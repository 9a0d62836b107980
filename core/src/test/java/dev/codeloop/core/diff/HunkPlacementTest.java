package dev.codeloop.core.diff;

import static dev.codeloop.core.diff.DiskFixtures.bytes;
import static dev.codeloop.core.diff.DiskFixtures.numberedLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where hunks start and end when a change could be drawn in several places: as git draws it. */
class HunkPlacementTest {

    @TempDir
    Path dir;

    @Test
    void lineAddedNextToAnIdenticalOneSlidesDown() {
        assertSameHunksAsGit("a\nb\nb\nc\n", "a\nb\nb\nb\nc\n");
    }

    @Test
    void functionInsertedBetweenFunctionsEndsAtTheBlankLine() {
        String before = "class A {\n    void one() {\n        run();\n    }\n\n    void two() {\n        run();\n    }\n}\n";
        String after = before.replace("    void two() {",
                "    void middle() {\n        run();\n    }\n\n    void two() {");
        assertSameHunksAsGit(before, after);
    }

    @Test
    void blankLinesAndBracesRemoved() {
        String before = "if (a) {\n    x();\n}\n\n\nif (b) {\n    y();\n}\n\nif (c) {\n    z();\n}\n";
        String after = "if (a) {\n    x();\n}\n\nif (c) {\n    z();\n}\n";
        assertSameHunksAsGit(before, after);
    }

    @Test
    void tabsCountToTheNextMultipleOfEight() {
        String before = "fn main() {\n\tlet a = 1;\n\n\tlet b = 2;\n}\n";
        String after = "fn main() {\n\tlet a = 1;\n\n\tlet c = 3;\n\n\tlet b = 2;\n}\n";
        assertSameHunksAsGit(before, after);
    }

    @Test
    void changesSixLinesApartShareAHunkSevenDoNot() {
        String base = numberedLines("l", 1, 30);
        assertSameHunksAsGit(base, base.replace("l5\n", "five\n").replace("l12\n", "twelve\n"));
        assertSameHunksAsGit(base, base.replace("l5\n", "five\n").replace("l13\n", "thirteen\n"));
    }

    @Test
    void functionNameIsCutAt80BytesAndTrimmed() {
        String declaration = "public static void aVeryLongMethodNameThatGoesOnAndOn(String first, String second, int third) {  \n";
        String before = declaration + numberedLines("    body", 1, 10);
        assertSameHunksAsGit(before, before.replace("    body8\n", "    body eight\n"));
    }

    @Test
    void diffTooCostlyForMyersFallsBackToAValidReplacement() throws IOException {
        String before = "keep\na\nb\nc\nd\ne\nf\nkeep too\n";
        String after = "keep\nf\ne\nd\nc\nb\na\nkeep too\n";
        List<String> oldLines = TextLines.split(bytes(before));
        List<String> newLines = TextLines.split(bytes(after));
        List<LineEdit> edits = LineDiff.edits(oldLines, newLines, 2);
        assertEquals(List.of(new LineEdit(1, 7, 1, 7)), edits);

        String hunks = TextLines.toText(HunkWriter.write(oldLines, newLines, edits));
        Path repo = dir.resolve("repo");
        DiskFixtures.write(repo, "f.txt", before);
        GitCli.commitBaseline(repo);
        Files.writeString(repo.resolve("change.patch"), "--- a/f.txt\n+++ b/f.txt\n" + hunks);
        GitCli.run(repo, "apply", "change.patch");
        assertEquals(after, Files.readString(repo.resolve("f.txt")));
    }

    private void assertSameHunksAsGit(String before, String after) {
        assertEquals(GitCli.hunks(dir.resolve("git" + System.nanoTime()), bytes(before), bytes(after)),
                GitStyleDiff.hunks(bytes(before), bytes(after)));
    }
}
