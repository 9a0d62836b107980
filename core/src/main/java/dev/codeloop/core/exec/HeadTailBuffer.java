package dev.codeloop.core.exec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keeps a bounded picture of a byte stream of any size: its first {@code limit/2} bytes and its last
 * {@code limit - limit/2} bytes, dropping the middle, while counting every byte. Not thread-safe.
 */
final class HeadTailBuffer {

    private static final int INITIAL_HEAD_SIZE = 8192;

    private final int headCapacity;
    /** Grows up to headCapacity, so a generous limit costs nothing for a command that prints little. */
    private byte[] head;
    private int headSize;
    private final int tailCapacity;
    /** Ring buffer of the latest bytes after the head filled up; allocated on first overflow. */
    private byte[] tail;
    private int tailStart;
    private int tailSize;
    private long total;

    HeadTailBuffer(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        this.headCapacity = limit / 2;
        this.head = new byte[Math.min(headCapacity, INITIAL_HEAD_SIZE)];
        this.tailCapacity = limit - headCapacity;
    }

    void append(byte[] bytes, int offset, int length) {
        total += length;
        int toHead = Math.min(length, headCapacity - headSize);
        ensureHeadRoom(headSize + toHead);
        System.arraycopy(bytes, offset, head, headSize, toHead);
        headSize += toHead;
        appendToTail(bytes, offset + toHead, length - toHead);
    }

    long totalBytes() {
        return total;
    }

    /** The kept bytes decoded as UTF-8, with a marker line where bytes were dropped. */
    String text() {
        byte[] tailBytes = tailInOrder();
        long dropped = total - headSize - tailBytes.length;
        if (dropped == 0) {
            byte[] all = new byte[headSize + tailBytes.length];
            System.arraycopy(head, 0, all, 0, headSize);
            System.arraycopy(tailBytes, 0, all, headSize, tailBytes.length);
            return new String(all, StandardCharsets.UTF_8);
        }
        // Cut at character boundaries so the seams do not become replacement characters.
        int headEnd = Utf8Boundaries.lastCompleteEnd(head, headSize);
        int tailFrom = Utf8Boundaries.firstCharStart(tailBytes);
        dropped += (headSize - headEnd) + tailFrom;
        String headText = new String(head, 0, headEnd, StandardCharsets.UTF_8);
        String tailText = new String(tailBytes, tailFrom, tailBytes.length - tailFrom, StandardCharsets.UTF_8);
        String lineBreak = headText.isEmpty() || headText.endsWith("\n") ? "" : "\n";
        return headText + lineBreak + "…" + dropped + " bytes truncated…\n" + tailText;
    }

    private void ensureHeadRoom(int needed) {
        if (needed > head.length) {
            int grown = (int) Math.min(headCapacity, Math.max(needed, 2L * head.length));
            head = Arrays.copyOf(head, grown);
        }
    }

    private void appendToTail(byte[] bytes, int offset, int length) {
        if (length == 0 || tailCapacity == 0) {
            return;
        }
        if (tail == null) {
            tail = new byte[tailCapacity];
        }
        if (length >= tailCapacity) {
            // Only the newest tailCapacity bytes can survive.
            System.arraycopy(bytes, offset + length - tailCapacity, tail, 0, tailCapacity);
            tailStart = 0;
            tailSize = tailCapacity;
            return;
        }
        int writeAt = (tailStart + tailSize) % tailCapacity;
        int firstPart = Math.min(length, tailCapacity - writeAt);
        System.arraycopy(bytes, offset, tail, writeAt, firstPart);
        System.arraycopy(bytes, offset + firstPart, tail, 0, length - firstPart);
        int overflow = Math.max(0, tailSize + length - tailCapacity);
        tailStart = (tailStart + overflow) % tailCapacity;
        tailSize = Math.min(tailCapacity, tailSize + length);
    }

    private byte[] tailInOrder() {
        byte[] ordered = new byte[tailSize];
        if (tailSize == 0) {
            return ordered;
        }
        int firstPart = Math.min(tailSize, tailCapacity - tailStart);
        System.arraycopy(tail, tailStart, ordered, 0, firstPart);
        System.arraycopy(tail, 0, ordered, firstPart, tailSize - firstPart);
        return ordered;
    }
}
