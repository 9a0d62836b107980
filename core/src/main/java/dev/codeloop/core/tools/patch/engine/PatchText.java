package dev.codeloop.core.tools.patch.engine;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a patch as the model sent them, with the wrapping a shell invocation leaves around it
 * ({@code <<'EOF'} ... {@code EOF}) and surrounding blank lines cut off. Line numbers stay those of the text
 * received, so errors point at the line the model wrote.
 */
final class PatchText {

    private static final Pattern HEREDOC_OPENER =
            Pattern.compile("(?:(?:apply_patch|applypatch)\\s+)?<<-?\\s*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\1");

    private final List<String> lines;
    private int first;
    private int last;

    private PatchText(List<String> lines) {
        this.lines = lines;
        this.first = 0;
        this.last = lines.size() - 1;
    }

    static PatchText of(String text) {
        // CRLF patches (Windows clients, copied text) parse like LF ones; a lone CR is not a line break.
        String normalized = text.replace("\r\n", "\n");
        PatchText patch = new PatchText(Arrays.asList(normalized.split("\n", -1)));
        patch.trimBlankLines();
        patch.unwrapHeredoc();
        return patch;
    }

    boolean isEmpty() {
        return first > last;
    }

    /** Index of the first line that belongs to the patch (0-based into the received text). */
    int first() {
        return first;
    }

    int last() {
        return last;
    }

    String line(int index) {
        return lines.get(index);
    }

    /** 1-based number of a line, as an editor would show it in the received text. */
    static int number(int index) {
        return index + 1;
    }

    private void trimBlankLines() {
        while (first <= last && lines.get(first).isBlank()) {
            first++;
        }
        while (last >= first && lines.get(last).isBlank()) {
            last--;
        }
    }

    private void unwrapHeredoc() {
        if (isEmpty()) {
            return;
        }
        Matcher opener = HEREDOC_OPENER.matcher(lines.get(first).strip());
        if (!opener.matches()) {
            return;
        }
        first++;
        // The closing delimiter is optional: a patch that ends at '*** End Patch' is still whole.
        if (last >= first && lines.get(last).strip().equals(opener.group(2))) {
            last--;
        }
        trimBlankLines();
    }
}
