package dev.codeloop.core.exec;

/**
 * Bounds command output before it goes back to the model: keeps the beginning (what ran) and the end
 * (the error, the summary) and drops the middle. Sizes are UTF-8 bytes, since that is what the model's
 * context pays for; cuts never split a character and move to a line boundary when one is near.
 */
public final class OutputTruncation {

    /**
     * The outcome of {@link #truncate}.
     *
     * @param text       the text, or its head and tail joined by a {@code …N chars truncated…} line
     * @param truncated  whether anything was dropped
     * @param totalLines lines in the original text (a final line without newline counts)
     */
    public record Truncated(String text, boolean truncated, int totalLines) {
    }

    private OutputTruncation() {
    }

    /**
     * {@link #truncate} with, when something was dropped, {@code Total output lines: N} and a blank line
     * in front, so the reader knows how much is missing.
     */
    public static String headTail(String text, int maxBytes) {
        Truncated t = truncate(text, maxBytes);
        return t.truncated() ? "Total output lines: " + t.totalLines() + "\n\n" + t.text() : t.text();
    }

    /**
     * Keeps up to {@code maxBytes/2} bytes from the start and up to the rest from the end. The marker
     * line counts dropped characters (code points) and is not included in {@code maxBytes}.
     */
    public static Truncated truncate(String text, int maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        int lines = countLines(text);
        if (utf8Length(text, 0, text.length()) <= maxBytes) {
            return new Truncated(text, false, lines);
        }
        int headBudget = maxBytes / 2;
        int headEnd = preferLineEndForHead(text, headEnd(text, headBudget), headBudget);
        int tailBudget = maxBytes - headBudget;
        int tailStart = preferLineStartForTail(text, tailStart(text, headEnd, tailBudget), tailBudget);

        String head = text.substring(0, headEnd);
        String separator = head.isEmpty() || head.endsWith("\n") ? "" : "\n";
        String marker = "…" + text.codePointCount(headEnd, tailStart) + " chars truncated…\n";
        return new Truncated(head + separator + marker + text.substring(tailStart), true, lines);
    }

    /** Lines as an editor counts them: {@code "a\nb"} and {@code "a\nb\n"} both have 2; {@code ""} has 0. */
    static int countLines(String text) {
        int newlines = (int) text.chars().filter(c -> c == '\n').count();
        return text.isEmpty() || text.endsWith("\n") ? newlines : newlines + 1;
    }

    /** The largest char index whose prefix fits in {@code budget} bytes, on a code point boundary. */
    private static int headEnd(String text, int budget) {
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = utf8Length(cp);
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The smallest char index, not before {@code floor}, whose suffix fits in {@code budget} bytes. */
    private static int tailStart(String text, int floor, int budget) {
        int bytes = 0;
        int i = text.length();
        while (i > floor) {
            int cp = text.codePointBefore(i);
            int size = utf8Length(cp);
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            i -= Character.charCount(cp);
        }
        return i;
    }

    /** Backs the head's end up to just after a newline if that still keeps 3/4 of the budget. */
    private static int preferLineEndForHead(String text, int end, int budget) {
        if (end == 0 || text.charAt(end - 1) == '\n') {
            return end;
        }
        int newline = text.lastIndexOf('\n', end - 1);
        if (newline >= 0 && utf8Length(text, 0, newline + 1) >= budget * 3L / 4) {
            return newline + 1;
        }
        return end;
    }

    /** Moves the tail's start to just after a newline if that still keeps 3/4 of the budget. */
    private static int preferLineStartForTail(String text, int start, int budget) {
        if (start == 0 || text.charAt(start - 1) == '\n') {
            return start;
        }
        int newline = text.indexOf('\n', start);
        if (newline >= 0 && utf8Length(text, newline + 1, text.length()) >= budget * 3L / 4) {
            return newline + 1;
        }
        return start;
    }

    static int utf8Length(String text, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            bytes += utf8Length(cp);
            i += Character.charCount(cp);
        }
        return bytes;
    }

    /** A lone surrogate counts as 3 bytes, its size in the lenient encodings that allow it. */
    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
