package dev.codeloop.core.tools.patch.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text file as lines, keeping what a patch must not disturb: each line's own ending (LF or CRLF), whether
 * the file ends with a newline, and a UTF-8 byte order mark. New lines get the file's dominant ending.
 */
final class FileText {

    private static final char BOM = '\uFEFF';

    private final boolean bom;
    private final List<String> lines;
    /** The ending of each line: "\n", "\r\n", or "" for a last line without a newline. */
    private final List<String> endings;
    private final String lineEnding;

    private FileText(boolean bom, List<String> lines, List<String> endings, String lineEnding) {
        this.bom = bom;
        this.lines = lines;
        this.endings = endings;
        this.lineEnding = lineEnding;
    }

    static FileText parse(String content) {
        boolean bom = !content.isEmpty() && content.charAt(0) == BOM;
        String body = bom ? content.substring(1) : content;
        List<String> lines = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        int crlf = 0;
        int start = 0;
        while (start < body.length()) {
            int newline = body.indexOf('\n', start);
            if (newline < 0) {
                lines.add(body.substring(start));
                endings.add("");
                break;
            }
            boolean cr = newline > start && body.charAt(newline - 1) == '\r';
            lines.add(body.substring(start, cr ? newline - 1 : newline));
            endings.add(cr ? "\r\n" : "\n");
            crlf += cr ? 1 : 0;
            start = newline + 1;
        }
        int lf = endings.size() - crlf - (endings.isEmpty() || !endings.getLast().isEmpty() ? 0 : 1);
        return new FileText(bom, lines, endings, crlf > lf ? "\r\n" : "\n");
    }

    /** The lines without their endings. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** An empty file counts as ending with a newline, so text added to it does. */
    boolean endsWithNewline() {
        return endings.isEmpty() || !endings.getLast().isEmpty();
    }

    /** The file's text after the replacements, which must not overlap (insertions at one index keep their order). */
    String apply(List<Replacement> replacements) {
        List<String> newLines = new ArrayList<>(lines);
        List<String> newEndings = new ArrayList<>(endings);
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start));
        // Last to first, so earlier indices stay valid.
        for (Replacement r : sorted.reversed()) {
            for (int i = 0; i < r.oldCount(); i++) {
                newLines.remove(r.start());
                newEndings.remove(r.start());
            }
            newLines.addAll(r.start(), r.newLines());
            newEndings.addAll(r.start(), r.newLines().stream().map(line -> "").toList());
        }
        return render(newLines, newEndings);
    }

    private String render(List<String> newLines, List<String> newEndings) {
        StringBuilder out = new StringBuilder();
        if (bom) {
            out.append(BOM);
        }
        for (int i = 0; i < newLines.size(); i++) {
            String ending = newEndings.get(i).isEmpty() ? lineEnding : newEndings.get(i);
            boolean last = i == newLines.size() - 1;
            out.append(newLines.get(i)).append(last && !endsWithNewline() ? "" : ending);
        }
        return out.toString();
    }

    /** Replace {@code oldCount} lines at {@code start} with {@code newLines}. */
    record Replacement(int start, int oldCount, List<String> newLines) {

        Replacement {
            newLines = List.copyOf(newLines);
        }
    }
}
