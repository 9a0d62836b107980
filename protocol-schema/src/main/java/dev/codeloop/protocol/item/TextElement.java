package dev.codeloop.protocol.item;

/** A UI element embedded in user text (e.g. a file chip), located by UTF-8 byte range. */
public record TextElement(ByteRange byteRange, String placeholder) {

    /** Half-open UTF-8 byte range within the text. */
    public record ByteRange(long start, long end) {
    }
}
