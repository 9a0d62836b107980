package dev.codeloop.core.id;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * RFC 9562 version-7 UUIDs: 48 bits of Unix milliseconds, then randomness. Sorting the strings sorts by
 * creation time, which keeps thread listings and logs in order without a separate timestamp.
 */
final class UuidV7 {

    private UuidV7() {
    }

    static String next() {
        return at(System.currentTimeMillis()).toString();
    }

    static UUID at(long epochMillis) {
        ByteBuffer random = ByteBuffer.wrap(RandomBytes.next(10));
        long randA = random.getShort() & 0x0FFFL;
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | randA;
        long lsb = random.getLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
