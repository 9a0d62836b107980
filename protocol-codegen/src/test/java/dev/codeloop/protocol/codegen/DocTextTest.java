package dev.codeloop.protocol.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Javadoc text → schema descriptions, on comments as {@code Elements.getDocComment} returns them. */
class DocTextTest {

    @Test
    void inlineTagsBecomePlainTextWithCodeInBackticks() {
        assertEquals("`thread/start`: every field is optional.", DocText.main(" {@code thread/start}: every field is optional.\n"));
        assertEquals("a <b> c", DocText.main("a {@literal <b>} c"));
        assertEquals("like `{\"a\":{\"b\":1}}` here", DocText.main("like {@code {\"a\":{\"b\":1}}} here"));
        assertEquals("see the label, `b`, `A` and `read`", DocText.main(
                "see {@link A#b the label}, {@link A#b}, {@link x.y.A} and {@link A#read(String, int)}"));
        assertEquals("plain A", DocText.main("plain {@linkplain A}"));
    }

    @Test
    void htmlIsRemovedAndParagraphsKept() {
        assertEquals("First line continues here.\n\nSecond paragraph.\n\nThird.", DocText.main("""
                 First line
                   continues   here.
                 <p>Second <em>paragraph</em>.

                 Third.
                """));
        assertEquals("Options:\n\n- one\n- two\n\nafter", DocText.main("Options:\n<ul>\n<li>one</li>\n <li>two\n</ul>\nafter"));
        assertEquals("a < b & c > d", DocText.main("a &lt; b &amp; c &gt; d"));
    }

    @Test
    void mainTextStopsAtTheFirstBlockTag() {
        String comment = """
                 Capabilities a client declares.
                
                 @param experimentalApi           opt in to experimental methods and fields
                 @param optOutNotificationMethods exact notification method names
                                                  this connection does not want
                 @param <T> a type parameter
                 @param code {@code null} stays as it is
                 @see Other
                """;
        assertEquals("Capabilities a client declares.", DocText.main(comment));
        assertEquals(Map.of("experimentalApi", "Opt in to experimental methods and fields.",
                "optOutNotificationMethods", "Exact notification method names this connection does not want.",
                "code", "`null` stays as it is."), DocText.params(comment));
        assertEquals(Map.of("a", "Ends in code: `x`", "b", "Asks?", "c", "Done."),
                DocText.params(" @param a ends in code: {@code x}\n @param b asks?\n @param c done.\n"));
        assertEquals("", DocText.main(null));
        assertEquals("", DocText.main(" @param a only tags\n"));
        assertEquals(Map.of(), DocText.params("no tags"));
    }

    @Test
    void propertiesEscapingRoundTrips() throws Exception {
        java.util.SortedMap<String, String> docs = new java.util.TreeMap<>(Map.of(
                "a.B$C#d", " lead: x = y # z!\n\nnext \\ \u00e9 \u2192",
                "a.B", "plain"));
        java.util.Properties read = new java.util.Properties();
        read.load(new java.io.ByteArrayInputStream(
                WireDocs.properties(docs).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals(docs, new java.util.TreeMap<>(read));
    }
}
