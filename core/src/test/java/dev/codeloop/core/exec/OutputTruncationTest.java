package dev.codeloop.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutputTruncationTest {

    private static final Pattern MARKER = Pattern.compile("…(\\d+) chars truncated…\n");

    private static String lines(int count, String body) {
        return IntStream.range(0, count).mapToObj(i -> body + i + "\n").collect(Collectors.joining());
    }

    @Test
    void leavesShortTextAlone() {
        assertEquals("abc\n", OutputTruncation.headTail("abc\n", 4));
        assertEquals("", OutputTruncation.headTail("", 0));
        assertFalse(OutputTruncation.truncate("abc", 3).truncated());
    }

    @Test
    void keepsHeadAndTailWithLineCountAndMarker() {
        assertEquals("Total output lines: 10\n\nline0\nline1\n…36 chars truncated…\nline8\nline9\n",
                OutputTruncation.headTail(lines(10, "line"), 24));
    }

    @Test
    void movesCutsToNearbyLineBoundaries() {
        // 10-byte lines, 25-byte halves: the byte cuts fall mid-line and move to the line ends.
        String text = lines(10, "aaaaaaaa");
        assertEquals("aaaaaaaa0\naaaaaaaa1\n…60 chars truncated…\naaaaaaaa8\naaaaaaaa9\n",
                OutputTruncation.truncate(text, 50).text());
    }

    @Test
    void cutsMidLineWhenNoLineBoundaryIsNear() {
        assertEquals("xxxxx\n…90 chars truncated…\nxxxxx", OutputTruncation.truncate("x".repeat(100), 10).text());
    }

    @Test
    void neverSplitsMultiByteCharacters() {
        // 4-byte emoji with 5-byte halves: one fits on each side; the marker counts characters.
        assertEquals("Total output lines: 1\n\n😀\n…8 chars truncated…\n😀",
                OutputTruncation.headTail("😀".repeat(10), 10));
    }

    @Test
    void holdsItsInvariantsForEveryBudget() {
        String text = "ascii line\nézé €uro line\n😀 emoji 😀\n日本語のテキスト\nlast line without newline";
        int totalBytes = OutputTruncation.utf8Length(text, 0, text.length());
        for (int max = 0; max < totalBytes; max++) {
            String result = OutputTruncation.truncate(text, max).text();
            Matcher marker = MARKER.matcher(result);
            assertTrue(marker.find(), result);
            String shown = result.substring(0, marker.start());
            String tail = result.substring(marker.end());
            int droppedShown = Integer.parseInt(marker.group(1));
            // The newline before the marker is either the head's own or a separator: one reading must fit.
            boolean consistent = isConsistentCut(text, shown, tail, droppedShown, max)
                    || shown.endsWith("\n")
                    && isConsistentCut(text, shown.substring(0, shown.length() - 1), tail, droppedShown, max);
            assertTrue(consistent, "max " + max + ": " + result);
            assertFalse(hasLoneSurrogate(result), "max " + max);
        }
    }

    @Test
    void countsLinesLikeAnEditor() {
        assertEquals(0, OutputTruncation.countLines(""));
        assertEquals(1, OutputTruncation.countLines("a"));
        assertEquals(1, OutputTruncation.countLines("a\n"));
        assertEquals(2, OutputTruncation.countLines("a\nb"));
        assertEquals(2, OutputTruncation.countLines("\n\n"));
    }

    @Test
    void rejectsNegativeBudget() {
        assertThrows(IllegalArgumentException.class, () -> OutputTruncation.truncate("a", -1));
    }

    /** Head and tail are the text's ends, fit the budget (half for the head), and the count is right. */
    private static boolean isConsistentCut(String text, String head, String tail, int dropped, int max) {
        int headBytes = OutputTruncation.utf8Length(head, 0, head.length());
        int tailBytes = OutputTruncation.utf8Length(tail, 0, tail.length());
        int expectedDropped = text.codePointCount(0, text.length()) - head.codePointCount(0, head.length())
                - tail.codePointCount(0, tail.length());
        return text.startsWith(head) && text.endsWith(tail) && headBytes <= max / 2
                && headBytes + tailBytes <= max && expectedDropped == dropped;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
