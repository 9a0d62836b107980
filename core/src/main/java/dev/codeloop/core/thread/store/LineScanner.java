package dev.codeloop.core.thread.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into UTF-8 lines on {@code '\n'} only, and says whether each line was terminated: an
 * unterminated last line is a write cut short, which {@code BufferedReader.readLine} cannot tell apart
 * from a whole one. Malformed UTF-8 (a line cut inside a character) decodes to U+FFFD rather than failing,
 * so such a line fails later as JSON, where the torn-tail rule can forgive it. Works on bytes (newline
 * never occurs inside a multi-byte character) with a small buffer, because most logs are small and an
 * index load opens thousands of them.
 */
final class LineScanner {

    /** One line without its newline. */
    record Line(String text, boolean terminated) {
    }

    private final InputStream in;
    private byte[] buffer = new byte[8 * 1024];
    private int start;
    private int limit;
    private boolean eof;

    LineScanner(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        int from = start;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buffer[i] == '\n') {
                    String text = new String(buffer, start, i - start, StandardCharsets.UTF_8);
                    start = i + 1;
                    return new Line(text, true);
                }
            }
            int scanned = limit - start;
            if (!fill()) {
                if (start == limit) {
                    return null;
                }
                String text = new String(buffer, start, limit - start, StandardCharsets.UTF_8);
                start = limit;
                return new Line(text, false);
            }
            from = start + scanned;
        }
    }

    /** Reads more input after the current partial line (moved to the front); false at the end. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, limit - start);
            limit -= start;
            start = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }
}
