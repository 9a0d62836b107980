package dev.codeloop.core.diff;

import static dev.codeloop.core.diff.DiskFixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The helpers whose rules are easy to get subtly wrong. */
class SmallPartsTest {

    @Test
    void blobIdIsGits() {
        assertEquals("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391", GitBlobId.of(new byte[0]));
        assertEquals("00d9c93b234806abba89d50615de40f66a255407",
                GitBlobId.of(bytes("# Notes\nEdited by the fake model.\n")));
    }

    @Test
    void quotingFollowsGitsTable() {
        assertEquals("a/plain name.txt", GitPathQuoting.quote("a/", "plain name.txt"));
        assertEquals("\"a/caf\\303\\251\"", GitPathQuoting.quote("a/", "café"));
        assertEquals("\"x\\ty\\nz\\\\\\\"\\001\\177\"", GitPathQuoting.quote("x\ty\nz\\\"\u0001\u007f"));
    }

    @Test
    void walkOrderPutsADirectoryBeforeItsContentsAndComparesNamesWhole() {
        assertTrue(WalkOrder.compare("a/c", "a-b") < 0);
        assertTrue(GitPathOrder.PATHS.compare("a-b", "a/c") < 0);
        assertTrue(WalkOrder.compare("a", "a/b") < 0);
        assertTrue(WalkOrder.compare("a/b", "a/b") == 0);
        assertTrue(WalkOrder.compare("b", "a/z") > 0);
    }

    @Test
    void coverageOfATruncatedScan() {
        WorkspaceScanner.Coverage upToM = new WorkspaceScanner.Coverage(false, "dir/m.txt");
        assertTrue(upToM.covers("dir/a.txt"));
        assertTrue(upToM.covers("abc/z.txt"));
        assertTrue(!upToM.covers("dir/n.txt"));
        assertTrue(!upToM.covers("zzz"));
        assertTrue(!WorkspaceScanner.Coverage.NOTHING.covers("a"));
    }

    @Test
    void similarityIgnoresCarriageReturnsInText() {
        byte[] lf = bytes("one\ntwo\nthree\nfour\n");
        byte[] crlf = bytes("one\r\ntwo\r\nthree\r\nfour\r\n");
        // Same chunks; the score is over the larger raw size: 19 of 23 bytes, which git prints as 82%.
        assertEquals(19 * GitSimilarity.MAX_SCORE / 23, GitSimilarity.score(lf, crlf));
        assertEquals(82, GitSimilarity.percent(lf, crlf));
        assertEquals(100, GitSimilarity.percent(lf, lf));
    }

    @Test
    void identicalContentPrefersTheSourceWithTheSameName() {
        byte[] content = bytes("same\n");
        Map<String, DiffSide> removed = new TreeMap<>(Map.of(
                "a/config.txt", new DiffSide("a/config.txt", GitFileMode.REGULAR, content),
                "b/settings.txt", new DiffSide("b/settings.txt", GitFileMode.REGULAR, content)));
        Map<String, DiffSide> added = Map.of(
                "c/settings.txt", new DiffSide("c/settings.txt", GitFileMode.REGULAR, content));
        assertEquals(List.of(new RenameDetector.Rename("b/settings.txt", "c/settings.txt")),
                RenameDetector.detect(removed, added, Map.of()));
    }

    @Test
    void dissimilarFilesAreNotPairedUnlessAPatchMovedThem() {
        Map<String, DiffSide> removed = Map.of("old.txt", new DiffSide("old.txt", GitFileMode.REGULAR, bytes("a\nb\nc\n")));
        Map<String, DiffSide> added = Map.of("new.txt", new DiffSide("new.txt", GitFileMode.REGULAR, bytes("x\ny\nz\n")));
        assertEquals(List.of(), RenameDetector.detect(removed, added, Map.of()));
        assertEquals(List.of(new RenameDetector.Rename("old.txt", "new.txt")),
                RenameDetector.detect(removed, added, Map.of("new.txt", "old.txt")));
    }
}
