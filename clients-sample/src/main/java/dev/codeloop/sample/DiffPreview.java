package dev.codeloop.sample;

/**
 * The first lines of one file's unified diff, indented, with added lines green and removed lines red when
 * colour is on; the lines left out are counted. Headers before the first hunk ({@code ---}, {@code +++},
 * {@code index}) are dropped, because the file's name is shown above the preview anyway.
 */
final class DiffPreview {

    private DiffPreview() {
    }

    static String render(String diff, String indent, int maxLines, Ansi ansi) {
        String[] lines = withoutHeaders(diff).split("\n", -1);
        int count = lines.length;
        while (count > 0 && lines[count - 1].isBlank()) {
            count--; // the final newline, and blank context lines at the end, which say nothing
        }
        StringBuilder text = new StringBuilder();
        int shown = count <= maxLines + 1 ? count : maxLines; // hiding one line would take a line to say so
        for (int i = 0; i < shown; i++) {
            String line = lines[i].stripTrailing(); // a blank context line is " ": show it empty, not as spaces
            text.append(line.isEmpty() ? "" : indent + style(line, ansi)).append('\n');
        }
        int hidden = count - shown;
        if (hidden > 0) {
            text.append(indent).append(ansi.dim("… " + Formats.plural(hidden, "more line", "more lines") + " not shown"))
                    .append('\n');
        }
        return text.toString();
    }

    private static String withoutHeaders(String diff) {
        if (diff.startsWith("@@")) {
            return diff;
        }
        int hunk = diff.indexOf("\n@@");
        return hunk < 0 ? diff : diff.substring(hunk + 1);
    }

    private static String style(String line, Ansi ansi) {
        if (line.startsWith("+")) {
            return ansi.green(line);
        }
        if (line.startsWith("-")) {
            return ansi.red(line);
        }
        if (line.startsWith("@@")) {
            return ansi.cyan(line);
        }
        return line;
    }
}
