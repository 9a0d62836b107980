package dev.codeloop.core.thread.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Finds where a log's intact part ends, by the reader's rule: an unterminated last line, or a terminated
 * but malformed one, is a torn tail. Appending after a torn tail would glue the next record onto it and
 * turn forgivable damage at the end into corruption in the middle, so it is cut off first.
 */
final class TornTail {

    private static final int CHUNK = 8192;

    private TornTail() {
    }

    /**
     * The length the file should have: without its unterminated last line if it has one, else without its
     * last line if that is malformed. Throws when not even the meta line would be left.
     */
    static long intactLength(Path file, RandomAccessFile raf) throws IOException {
        long size = raf.length();
        if (size == 0 || byteAt(raf, size - 1) != '\n') {
            long end = lastNewlineBefore(raf, size) + 1;
            if (end == 0) {
                throw new RolloutException(file, 1, "no complete session_meta record", null);
            }
            return end;
        }
        long start = lastNewlineBefore(raf, size - 1) + 1;
        String last = read(raf, start, size - 1 - start);
        if (last.isBlank()) {
            return size;
        }
        try {
            RolloutLine.decode(last);
            return size;
        } catch (MalformedRecordException e) {
            if (start == 0) {
                throw new RolloutException(file, 1, e.getMessage(), e);
            }
            return start;
        }
    }

    /** The position of the last {@code '\n'} before {@code limit}, or -1. */
    private static long lastNewlineBefore(RandomAccessFile raf, long limit) throws IOException {
        byte[] chunk = new byte[CHUNK];
        long chunkEnd = limit;
        while (chunkEnd > 0) {
            long chunkStart = Math.max(0, chunkEnd - CHUNK);
            int length = (int) (chunkEnd - chunkStart);
            raf.seek(chunkStart);
            raf.readFully(chunk, 0, length);
            for (int i = length - 1; i >= 0; i--) {
                if (chunk[i] == '\n') {
                    return chunkStart + i;
                }
            }
            chunkEnd = chunkStart;
        }
        return -1;
    }

    private static int byteAt(RandomAccessFile raf, long position) throws IOException {
        raf.seek(position);
        return raf.read();
    }

    private static String read(RandomAccessFile raf, long position, long length) throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("a line of " + length + " bytes is too long");
        }
        byte[] bytes = new byte[(int) length];
        raf.seek(position);
        raf.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
