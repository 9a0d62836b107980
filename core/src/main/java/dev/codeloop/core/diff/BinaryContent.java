package dev.codeloop.core.diff;

/** Git's test for binary content: a NUL byte among the first 8000 bytes. */
final class BinaryContent {

    private static final int SNIFF_LENGTH = 8000;

    private BinaryContent() {
    }

    static boolean looksBinary(byte[] content) {
        int end = Math.min(content.length, SNIFF_LENGTH);
        for (int i = 0; i < end; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
