package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LineIndenterTest {

    @Test
    void indentsEveryLineWhateverTheChunking() {
        LineIndenter lines = new LineIndenter("> ", UnaryOperator.identity(), Integer.MAX_VALUE);
        String text = lines.append("one\ntw") + lines.append("o\n") + lines.append("\nthree") + lines.finish();

        assertEquals("> one\n> two\n\n> three\n", text);
    }

    @Test
    void stylesTextButNotTheIndentOrNewlines() {
        LineIndenter lines = new LineIndenter("  ", text -> "[" + text + "]", Integer.MAX_VALUE);

        assertEquals("  [a]\n  [b]", lines.append("a\nb"));
    }

    @Test
    void countsHiddenLinesIncludingAnUnfinishedLast() {
        LineIndenter lines = new LineIndenter("", UnaryOperator.identity(), 1);
        String text = lines.append("1\n2\n") + lines.append("3") + lines.finish();

        assertEquals("1\n… 2 more lines not shown\n", text);
    }
}
