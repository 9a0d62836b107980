package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.tools.patch.engine.FileText.Replacement;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileTextTest {

    @Test
    void splitsLinesWithoutTheirEndings() {
        assertEquals(List.of("a", "b"), FileText.parse("a\nb\n").lines());
        assertEquals(List.of("a", "b"), FileText.parse("a\r\nb").lines());
        assertEquals(List.of("a", ""), FileText.parse("a\n\n").lines());
        assertEquals(List.of(), FileText.parse("").lines());
        assertEquals(List.of("x"), FileText.parse("\uFEFFx\n").lines());
    }

    @Test
    void keepsTheFinalNewlineOrItsAbsence() {
        assertTrue(FileText.parse("a\n").endsWithNewline());
        assertFalse(FileText.parse("a").endsWithNewline());
        assertTrue(FileText.parse("").endsWithNewline());

        assertEquals("a\nB\n", FileText.parse("a\nb\n").apply(List.of(new Replacement(1, 1, List.of("B")))));
        assertEquals("a\nB", FileText.parse("a\nb").apply(List.of(new Replacement(1, 1, List.of("B")))));
        assertEquals("a\nb\nc", FileText.parse("a\nb").apply(List.of(new Replacement(2, 0, List.of("c")))));
        assertEquals("x\n", FileText.parse("").apply(List.of(new Replacement(0, 0, List.of("x")))));
        assertEquals("", FileText.parse("a\n").apply(List.of(new Replacement(0, 1, List.of()))));
    }

    @Test
    void newLinesTakeTheFilesLineEndingAndOldOnesKeepTheirs() {
        assertEquals("a\r\nB\r\nc\r\n",
                FileText.parse("a\r\nb\r\nc\r\n").apply(List.of(new Replacement(1, 1, List.of("B")))));
        // Mostly CRLF with one LF line: the LF line stays LF, new lines get CRLF.
        assertEquals("a\r\nb\nc\r\nD\r\n",
                FileText.parse("a\r\nb\nc\r\nd\r\n").apply(List.of(new Replacement(3, 1, List.of("D")))));
    }

    @Test
    void keepsAByteOrderMark() {
        assertEquals("\uFEFFy\n", FileText.parse("\uFEFFx\n").apply(List.of(new Replacement(0, 1, List.of("y")))));
    }

    @Test
    void appliesSeveralReplacementsInAnyOrder() {
        FileText text = FileText.parse("1\n2\n3\n4\n");
        String result = text.apply(List.of(
                new Replacement(4, 0, List.of("end")),
                new Replacement(0, 1, List.of("one", "uno")),
                new Replacement(2, 2, List.of())));

        assertEquals("one\nuno\n2\nend\n", result);
    }
}
