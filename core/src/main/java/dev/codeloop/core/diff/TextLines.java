package dev.codeloop.core.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits file content into lines the way git's diff sees them: each line keeps its {@code \n}, so a last line
 * without one differs from the same text with one. Bytes are mapped one-to-one to chars (ISO-8859-1), which
 * keeps comparisons and lengths exact for any encoding; {@link #toText} turns rendered output back into text.
 */
final class TextLines {

    private TextLines() {
    }

    static List<String> split(byte[] content) {
        String all = new String(content, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < all.length()) {
            int newline = all.indexOf('\n', start);
            int end = newline < 0 ? all.length() : newline + 1;
            lines.add(all.substring(start, end));
            start = end;
        }
        return lines;
    }

    static boolean endsWithNewline(String line) {
        return line.endsWith("\n");
    }

    /** Decodes byte-per-char output as UTF-8, the encoding clients expect for source text. */
    static String toText(CharSequence bytesAsChars) {
        return new String(bytesAsChars.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
