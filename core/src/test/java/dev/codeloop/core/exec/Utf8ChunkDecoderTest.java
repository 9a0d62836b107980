package dev.codeloop.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ChunkDecoderTest {

    private static final String TEXT = "aé€😀z\n日本語";

    @Test
    void anySplitIntoTwoReadsDecodesCleanly() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            Utf8ChunkDecoder decoder = new Utf8ChunkDecoder();
            String decoded = decoder.decode(bytes, 0, cut) + decoder.decode(bytes, cut, bytes.length - cut)
                    + decoder.finish();
            assertEquals(TEXT, decoded, "cut at " + cut);
        }
    }

    @Test
    void byteByByteDecodesCleanly() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Utf8ChunkDecoder decoder = new Utf8ChunkDecoder();
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            decoded.append(decoder.decode(bytes, i, 1));
        }
        assertEquals(TEXT, decoded.append(decoder.finish()).toString());
    }

    @Test
    void holdsBackAnIncompleteCharacter() {
        Utf8ChunkDecoder decoder = new Utf8ChunkDecoder();
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        assertEquals("", decoder.decode(euro, 0, 2));
        assertEquals("€", decoder.decode(euro, 2, 1));
    }

    @Test
    void replacesMalformedBytesAndATruncatedEnd() {
        Utf8ChunkDecoder decoder = new Utf8ChunkDecoder();
        byte[] bytes = {'a', (byte) 0xFF, 'b', (byte) 0xE2, (byte) 0x82};
        assertEquals("a\uFFFDb", decoder.decode(bytes, 0, bytes.length));
        assertEquals("\uFFFD", decoder.finish());
    }
}
