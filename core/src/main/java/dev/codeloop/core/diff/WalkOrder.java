package dev.codeloop.core.diff;

/**
 * The order in which the scanner visits paths: depth first, names sorted within each directory. Comparing
 * keys this way tells whether a path lies before the point where a truncated scan stopped.
 */
final class WalkOrder {

    private WalkOrder() {
    }

    /** Compares {@code /}-separated keys name by name; a directory sorts before everything inside it. */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            int aEnd = endOfName(a, i);
            int bEnd = endOfName(b, j);
            int byName = a.substring(i, aEnd).compareTo(b.substring(j, bEnd));
            if (byName != 0) {
                return byName;
            }
            boolean aDone = aEnd == a.length();
            boolean bDone = bEnd == b.length();
            if (aDone || bDone) {
                return Boolean.compare(!aDone, !bDone);
            }
            i = aEnd + 1;
            j = bEnd + 1;
        }
    }

    private static int endOfName(String key, int from) {
        int slash = key.indexOf('/', from);
        return slash < 0 ? key.length() : slash;
    }
}
