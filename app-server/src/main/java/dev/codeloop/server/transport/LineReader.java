package dev.codeloop.server.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads newline-delimited messages from a byte stream, refusing any line longer than a fixed limit without
 * buffering it: the rest of an oversized line is skipped so one hostile message cannot exhaust memory,
 * and the next line is read normally.
 */
public final class LineReader {

    /** One line read: its text, or the fact that it was too long. */
    public sealed interface Line {
        record Text(String text) implements Line {
        }

        record TooLong(long bytes) implements Line {
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    public LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at end of input. */
    public Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean tooLong = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (length == 0 && line.size() == 0) {
                        return null;
                    }
                    return finish(line, length, tooLong);
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            length += chunk;
            if (!tooLong) {
                if (length > maxBytes) {
                    tooLong = true;
                    line = new ByteArrayOutputStream();
                } else {
                    line.write(buffer, start, chunk);
                }
            }
            if (position < limit) {
                position++; // consume '\n'
                return finish(line, length, tooLong);
            }
        }
    }

    private static Line finish(ByteArrayOutputStream line, long length, boolean tooLong) {
        if (tooLong) {
            return new Line.TooLong(length);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Line.Text(text);
    }
}
