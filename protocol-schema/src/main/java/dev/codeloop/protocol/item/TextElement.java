package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/**
 * A UI element embedded in user text (e.g. a file chip), located by UTF-8 byte range.
 *
 * @param byteRange   where the element is in the text
 * @param placeholder text to show for the element, or null
 */
public record TextElement(@Required ByteRange byteRange, String placeholder) {

    /**
     * Half-open UTF-8 byte range within the text.
     *
     * @param start the first byte, inclusive
     * @param end   the end, exclusive
     */
    public record ByteRange(long start, long end) {
    }
}
