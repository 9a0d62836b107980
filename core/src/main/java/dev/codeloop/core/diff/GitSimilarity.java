package dev.codeloop.core.diff;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Git's estimate of how much of a file survived a rename, so our {@code similarity index} matches git's and
 * shell renames are paired as {@code git diff -M} would pair them. Content is cut into chunks that end at a
 * newline or after 64 bytes; the score is the number of bytes in chunks the new file shares with the old one,
 * over the larger size. Git treats CRLF as LF in text, and buckets chunk hashes modulo a prime, as here.
 */
final class GitSimilarity {

    /** Git's full score; a percentage is {@code score * 100 / MAX_SCORE}. */
    static final int MAX_SCORE = 60_000;
    /** {@code git diff -M}'s default threshold: 50%. */
    static final int DEFAULT_MINIMUM = MAX_SCORE / 2;

    private static final int HASH_BASE = 107_927;
    private static final int MAX_CHUNK = 64;

    private GitSimilarity() {
    }

    /** Percentage for a {@code similarity index} line: 100 for identical content. */
    static int percent(byte[] before, byte[] after) {
        return (int) (score(before, after) * 100L / MAX_SCORE);
    }

    static int score(byte[] before, byte[] after) {
        if (Arrays.equals(before, after)) {
            return MAX_SCORE;
        }
        return estimate(chunks(before), before.length, chunks(after), after.length);
    }

    /** The score from precomputed {@link #chunks}, for callers comparing one file with many. */
    static int estimate(Map<Integer, Integer> before, int beforeLength, Map<Integer, Integer> after,
            int afterLength) {
        if (afterLength == 0) {
            return 0;
        }
        long copied = copiedBytes(before, after);
        return (int) (copied * (double) MAX_SCORE / Math.max(beforeLength, afterLength));
    }

    /**
     * Whether two sizes are close enough for the score to reach {@code minimum}; like git, pairs that are not
     * are rejected without reading them.
     */
    static boolean sizesAllow(long beforeLength, long afterLength, int minimum) {
        long larger = Math.max(beforeLength, afterLength);
        long sizeDelta = larger - Math.min(beforeLength, afterLength);
        return larger * (MAX_SCORE - minimum) >= sizeDelta * MAX_SCORE;
    }

    /** Bytes per chunk hash. */
    static Map<Integer, Integer> chunks(byte[] content) {
        boolean text = !BinaryContent.looksBinary(content);
        Map<Integer, Integer> bytesByHash = new HashMap<>();
        int length = 0;
        int accum1 = 0;
        int accum2 = 0;
        for (int i = 0; i < content.length; i++) {
            int c = content[i] & 0xff;
            if (text && c == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
                continue;
            }
            int previous1 = accum1;
            accum1 = (accum1 << 7) ^ (accum2 >>> 25);
            accum2 = (accum2 << 7) ^ (previous1 >>> 25);
            accum1 += c;
            if (++length < MAX_CHUNK && c != '\n') {
                continue;
            }
            bytesByHash.merge(bucket(accum1, accum2), length, Integer::sum);
            length = 0;
            accum1 = 0;
            accum2 = 0;
        }
        if (length > 0) {
            bytesByHash.merge(bucket(accum1, accum2), length, Integer::sum);
        }
        return bytesByHash;
    }

    private static int bucket(int accum1, int accum2) {
        return Integer.remainderUnsigned(accum1 + accum2 * 0x61, HASH_BASE);
    }

    private static long copiedBytes(Map<Integer, Integer> before, Map<Integer, Integer> after) {
        long copied = 0;
        for (Map.Entry<Integer, Integer> chunk : after.entrySet()) {
            copied += Math.min(chunk.getValue(), before.getOrDefault(chunk.getKey(), 0));
        }
        return copied;
    }
}
