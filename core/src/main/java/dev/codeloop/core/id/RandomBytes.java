package dev.codeloop.core.id;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

/**
 * Cryptographically strong random bytes for ids. Reads {@code /dev/urandom} directly where there is one (what
 * {@code SecureRandom}'s NativePRNG reads too), because the first {@code new SecureRandom()} sets up the JCA
 * providers, ~10 ms on the first {@code thread/start}; elsewhere, or if the read fails, uses SecureRandom.
 */
final class RandomBytes {

    private static final String URANDOM = "/dev/urandom";

    private static InputStream urandom;
    private static SecureRandom fallback;

    private RandomBytes() {
    }

    static synchronized byte[] next(int count) {
        byte[] bytes = new byte[count];
        if (fallback == null) {
            try {
                if (urandom == null) {
                    urandom = new FileInputStream(URANDOM);
                }
                if (urandom.readNBytes(bytes, 0, count) == count) {
                    return bytes;
                }
            } catch (IOException e) {
                // no /dev/urandom (Windows) or it failed: SecureRandom from here on
            }
            fallback = new SecureRandom();
        }
        fallback.nextBytes(bytes);
        return bytes;
    }
}
