package dev.codeloop.core.exec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 that arrives in arbitrary pieces. A character whose bytes straddle two reads is held back
 * until its last byte arrives instead of turning into two replacement characters; bytes that can never
 * form a character become U+FFFD. Not thread-safe.
 */
final class Utf8ChunkDecoder {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);

    /** The unfinished tail of the previous chunk: at most 3 bytes of one incomplete character. */
    private byte[] carry = new byte[0];

    /** Decodes what can be decoded so far; may return an empty string. */
    String decode(byte[] bytes, int offset, int length) {
        return run(join(bytes, offset, length), false);
    }

    /** Ends the stream: an incomplete trailing character becomes U+FFFD. The decoder can then be reused. */
    String finish() {
        String rest = run(ByteBuffer.wrap(carry), true);
        decoder.reset();
        return rest;
    }

    private ByteBuffer join(byte[] bytes, int offset, int length) {
        if (carry.length == 0) {
            return ByteBuffer.wrap(bytes, offset, length);
        }
        ByteBuffer joined = ByteBuffer.allocate(carry.length + length);
        joined.put(carry).put(bytes, offset, length).flip();
        return joined;
    }

    private String run(ByteBuffer in, boolean endOfInput) {
        // UTF-8 never yields more chars than bytes (a 4-byte sequence is 2 chars, a bad byte is 1).
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        CoderResult result = decoder.decode(in, out, endOfInput);
        if (result.isOverflow()) {
            throw new IllegalStateException("UTF-8 decoding overflowed a buffer sized for the worst case");
        }
        if (endOfInput) {
            decoder.flush(out);
        }
        carry = new byte[in.remaining()];
        in.get(carry);
        return out.flip().toString();
    }
}
