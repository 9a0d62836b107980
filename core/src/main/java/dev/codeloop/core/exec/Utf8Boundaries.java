package dev.codeloop.core.exec;

/** Finds UTF-8 character boundaries in raw bytes, so cuts never split a character. */
final class Utf8Boundaries {

    private Utf8Boundaries() {
    }

    /**
     * The end of the last complete character within {@code bytes[0, length)}: {@code length} itself unless
     * the bytes end in the middle of a multi-byte character, in which case that character's start.
     */
    static int lastCompleteEnd(byte[] bytes, int length) {
        // Walk back over at most 3 continuation bytes to the lead byte of the final character.
        int lead = length - 1;
        while (lead >= 0 && length - lead <= 3 && isContinuation(bytes[lead])) {
            lead--;
        }
        if (lead < 0 || isContinuation(bytes[lead])) {
            return length; // not valid UTF-8 here anyway; let the decoder replace it
        }
        int needed = sequenceLength(bytes[lead]);
        return length - lead >= needed ? length : lead;
    }

    /** The index of the first byte that is not a continuation byte (skipping at most 3). */
    static int firstCharStart(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && i < 3 && isContinuation(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** How many bytes the sequence starting with {@code lead} has; 1 for ASCII and invalid leads. */
    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        if (b >= 0xF0 && b <= 0xF7) {
            return 4;
        }
        if (b >= 0xE0) {
            return b <= 0xEF ? 3 : 1;
        }
        if (b >= 0xC0) {
            return 2;
        }
        return 1;
    }
}
