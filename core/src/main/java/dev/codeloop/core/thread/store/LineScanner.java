package dev.codeloop.core.thread.store;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines on {@code '\n'} only, and says whether each line was terminated: an unterminated
 * last line is a write cut short, which {@code BufferedReader.readLine} cannot tell apart from a whole one.
 */
final class LineScanner {

    /** One line without its newline. */
    record Line(String text, boolean terminated) {
    }

    private final Reader reader;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;

    LineScanner(Reader reader) {
        this.reader = reader;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line == null ? null : new Line(line.toString(), false);
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (position < limit) {
                String text = line == null
                        ? new String(buffer, start, position - start)
                        : line.append(buffer, start, position - start).toString();
                position++;
                return new Line(text, true);
            }
            if (line == null) {
                line = new StringBuilder(Math.max(16, (position - start) * 2));
            }
            line.append(buffer, start, position - start);
        }
    }
}
