package dev.codeloop.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeadTailBufferTest {

    private static HeadTailBuffer fill(int limit, String text, int chunkSize) {
        HeadTailBuffer buffer = new HeadTailBuffer(limit);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += chunkSize) {
            buffer.append(bytes, i, Math.min(chunkSize, bytes.length - i));
        }
        return buffer;
    }

    @Test
    void keepsEverythingWithinTheLimit() {
        for (int chunk : new int[] {1, 3, 100}) {
            HeadTailBuffer buffer = fill(10, "0123456789", chunk);
            assertEquals("0123456789", buffer.text());
            assertEquals(10, buffer.totalBytes());
        }
    }

    @Test
    void keepsHeadAndTailAroundAMarker() {
        String text = "0123456789abcdefghij";
        for (int chunk : new int[] {1, 3, 7, 100}) {
            HeadTailBuffer buffer = fill(10, text, chunk);
            assertEquals("01234\n…10 bytes truncated…\nfghij", buffer.text(), "chunk " + chunk);
            assertEquals(20, buffer.totalBytes());
        }
    }

    @Test
    void cutsOnlyBetweenCharacters() {
        // 2-byte characters and 5-byte halves: both cuts would land inside a character.
        String text = "é".repeat(20);
        String kept = fill(10, text, 3).text();
        assertFalse(kept.contains("\uFFFD"), kept);
        assertEquals("éé\n…32 bytes truncated…\néé", kept);
    }

    @Test
    void growsTowardsAHugeLimitOnlyAsNeeded() {
        String text = "x".repeat(100_000);
        HeadTailBuffer buffer = fill(Integer.MAX_VALUE, text, 4096);
        assertEquals(text, buffer.text());
    }

    @Test
    void zeroLimitOnlyCounts() {
        HeadTailBuffer buffer = fill(0, "abc", 1);
        assertEquals(3, buffer.totalBytes());
        assertEquals("…3 bytes truncated…\n", buffer.text());
    }
}
