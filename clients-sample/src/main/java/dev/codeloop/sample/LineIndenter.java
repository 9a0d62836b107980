package dev.codeloop.sample;

import java.util.function.UnaryOperator;

/**
 * Formats text that arrives in arbitrary chunks (a delta may end mid-line or hold several lines): puts
 * {@code indent} before every line, styles the text, and stops showing lines after {@code maxLines}, counting
 * what it hides. Holds no output itself: each call returns the text to print now.
 */
final class LineIndenter {

    private final String indent;
    private final UnaryOperator<String> style;
    private final int maxLines;
    private boolean atLineStart = true;
    private boolean wroteAnything;
    private int shownLines;
    private int hiddenLines;
    private boolean hiddenPartial;

    /** {@code maxLines}: show at most this many lines, {@link Integer#MAX_VALUE} for all. */
    LineIndenter(String indent, UnaryOperator<String> style, int maxLines) {
        this.indent = indent;
        this.style = style;
        this.maxLines = maxLines;
    }

    /** The text to print for {@code chunk}. */
    String append(String chunk) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < chunk.length()) {
            int newline = chunk.indexOf('\n', start);
            int end = newline < 0 ? chunk.length() : newline + 1;
            appendPiece(chunk.substring(start, end), newline >= 0, out);
            start = end;
        }
        return out.toString();
    }

    /** A newline if a line is half-printed (so something else can be printed), else nothing. */
    String breakLine() {
        if (atLineStart) {
            return "";
        }
        atLineStart = true;
        return "\n";
    }

    /** Ends the block: a newline if a line is open, and a note about hidden lines. */
    String finish() {
        StringBuilder out = new StringBuilder(breakLine());
        int hidden = hiddenLines + (hiddenPartial ? 1 : 0);
        if (hidden > 0) {
            out.append(indent).append(style.apply("… " + hidden + " more line" + (hidden == 1 ? "" : "s") + " not shown"))
                    .append('\n');
            hiddenLines = 0;
            hiddenPartial = false;
        }
        return out.toString();
    }

    /** Whether any text has been shown or hidden so far. */
    boolean wroteAnything() {
        return wroteAnything;
    }

    private void appendPiece(String piece, boolean endsLine, StringBuilder out) {
        wroteAnything = true;
        if (shownLines >= maxLines) {
            if (endsLine) {
                hiddenLines++;
                hiddenPartial = false;
            } else {
                hiddenPartial = true;
            }
            return;
        }
        String text = endsLine ? piece.substring(0, piece.length() - 1) : piece;
        if (atLineStart && !text.isEmpty()) {
            out.append(indent); // empty lines stay empty: no trailing spaces
        }
        out.append(style.apply(text));
        if (endsLine) {
            out.append('\n');
            shownLines++;
        }
        atLineStart = endsLine;
    }
}
