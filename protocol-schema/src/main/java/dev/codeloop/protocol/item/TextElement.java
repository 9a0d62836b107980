package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/** A UI element embedded in user text (e.g. a file chip), located by UTF-8 byte range. */
public record TextElement(@Required ByteRange byteRange, String placeholder) {

    /** Half-open UTF-8 byte range within the text. */
    public record ByteRange(long start, long end) {
    }
}
