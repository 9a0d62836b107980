package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineMatcherTest {

    @Test
    void findsExactRunsFromAPosition() {
        LineMatcher matcher = new LineMatcher(List.of("a", "b", "c", "a", "b"));

        assertEquals(0, matcher.find(List.of("a", "b"), 0, false));
        assertEquals(3, matcher.find(List.of("a", "b"), 1, false));
        assertEquals(-1, matcher.find(List.of("a", "b"), 4, false));
        assertEquals(-1, matcher.find(List.of("b", "a", "x"), 0, false));
        assertEquals(2, matcher.find(List.of(), 2, false));
    }

    @Test
    void toleranceGrowsStepByStep() {
        LineMatcher matcher = new LineMatcher(List.of("x = 1   ", "    y = 2", "say(\u201Chi\u201D) \u2013 ok\u2026"));

        assertEquals(0, matcher.find(List.of("x = 1"), 0, false));
        assertEquals(1, matcher.find(List.of("y = 2"), 0, false));
        assertEquals(2, matcher.find(List.of("say(\"hi\") - ok..."), 0, false));
        assertEquals(-1, matcher.find(List.of("say(\"hi\") - okay"), 0, false));
    }

    @Test
    void aStricterMatchLaterWinsOverATolerantOneEarlier() {
        LineMatcher matcher = new LineMatcher(List.of("  value", "other", "value"));

        assertEquals(2, matcher.find(List.of("value"), 0, false));
    }

    @Test
    void endOfFileTriesTheEndFirst() {
        LineMatcher matcher = new LineMatcher(List.of("}", "x", "}"));

        assertEquals(0, matcher.find(List.of("}"), 0, false));
        assertEquals(2, matcher.find(List.of("}"), 0, true));
        // Not at the end: the rest of the file still counts.
        assertEquals(1, matcher.find(List.of("x"), 0, true));
    }

    @Test
    void headersMatchWholeLinesFirstThenAPartOfOne() {
        LineMatcher matcher =
                new LineMatcher(List.of("class Greeter(Base):", "    def greet(self, name):", "def greet"));

        assertEquals(2, matcher.findHeader("def greet", 0));
        assertEquals(1, matcher.findHeader("def greet(self", 0));
        assertEquals(0, matcher.findHeader("class Greeter", 0));
        assertEquals(-1, matcher.findHeader("class Greeter", 1));
    }

    @Test
    void foldsUnicodePunctuationAndSpaces() {
        assertEquals("'a' \"b\" - - ... x y", PunctuationFolding.fold("\u2018a\u2019 \u201Cb\u201D \u2014 \u2010 "
                + "\u2026 x\u00A0y"));
        assertEquals("zero", PunctuationFolding.fold("ze\u200Bro"));
        String plain = "nothing to fold";
        assertEquals(plain, PunctuationFolding.fold(plain));
    }
}
