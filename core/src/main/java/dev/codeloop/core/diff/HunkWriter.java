package dev.codeloop.core.diff;

import java.util.List;

/**
 * Writes edits as unified-diff hunks exactly as git does: 3 lines of context, edits closer than 6 unchanged
 * lines share a hunk, {@code @@} headers carry git's default "function name" (the nearest earlier line that
 * starts with a letter, {@code _} or {@code $}), and a line without a final newline is followed by
 * {@code \ No newline at end of file}. Lines are byte-per-char strings (see {@link TextLines}).
 */
final class HunkWriter {

    static final int CONTEXT = 3;
    private static final int MAX_FUNCTION_NAME = 80;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private HunkWriter() {
    }

    static String write(List<String> oldLines, List<String> newLines, List<LineEdit> edits) {
        StringBuilder out = new StringBuilder();
        int first = 0;
        while (first < edits.size()) {
            int last = first;
            while (last + 1 < edits.size()
                    && edits.get(last + 1).oldStart() - edits.get(last).oldEnd() <= 2 * CONTEXT) {
                last++;
            }
            writeHunk(out, oldLines, newLines, edits.subList(first, last + 1));
            first = last + 1;
        }
        return out.toString();
    }

    private static void writeHunk(StringBuilder out, List<String> oldLines, List<String> newLines,
            List<LineEdit> edits) {
        LineEdit first = edits.get(0);
        LineEdit last = edits.get(edits.size() - 1);
        int oldFrom = Math.max(first.oldStart() - CONTEXT, 0);
        int newFrom = Math.max(first.newStart() - CONTEXT, 0);
        int trailing = Math.min(CONTEXT,
                Math.min(oldLines.size() - last.oldEnd(), newLines.size() - last.newEnd()));
        int oldTo = last.oldEnd() + trailing;
        int newTo = last.newEnd() + trailing;
        out.append("@@ -").append(range(oldFrom, oldTo - oldFrom))
                .append(" +").append(range(newFrom, newTo - newFrom)).append(" @@");
        String function = functionName(oldLines, oldFrom);
        if (!function.isEmpty()) {
            out.append(' ').append(function);
        }
        out.append('\n');

        int next = oldFrom;
        for (LineEdit edit : edits) {
            lines(out, ' ', oldLines, next, edit.oldStart());
            lines(out, '-', oldLines, edit.oldStart(), edit.oldEnd());
            lines(out, '+', newLines, edit.newStart(), edit.newEnd());
            next = edit.oldEnd();
        }
        lines(out, ' ', oldLines, next, oldTo);
    }

    /** {@code start,count} with 1-based start; git drops {@code ,1} and names the line before an empty range. */
    private static String range(int from, int count) {
        int start = count == 0 ? from : from + 1;
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    private static void lines(StringBuilder out, char sign, List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            out.append(sign).append(line);
            if (!TextLines.endsWithNewline(line)) {
                out.append('\n').append(NO_NEWLINE);
            }
        }
    }

    /** The nearest line above the hunk that looks like a declaration, cut to 80 bytes, trailing space dropped. */
    static String functionName(List<String> oldLines, int hunkStart) {
        for (int i = hunkStart - 1; i >= 0; i--) {
            String line = oldLines.get(i);
            if (!line.isEmpty() && startsDeclaration(line.charAt(0))) {
                int end = Math.min(line.length(), MAX_FUNCTION_NAME);
                while (end > 0 && GitText.isSpace(line.charAt(end - 1))) {
                    end--;
                }
                return line.substring(0, end);
            }
        }
        return "";
    }

    private static boolean startsDeclaration(char c) {
        return GitText.isAsciiLetter(c) || c == '_' || c == '$';
    }
}
