package dev.codeloop.sample;

import tools.jackson.databind.JsonNode;

/**
 * A {@code fileChange} item on screen: which files it touches when it starts, and how it ended when it
 * completes, with a short preview of each updated file's diff.
 *
 * <pre>
 * ✎ edit
 *     M src/hello.py (+3 -2)
 *     A NOTES.md (+2)
 *   applied
 *     src/hello.py
 *       @@ -1,3 +1,4 @@
 *       -def greet(name):
 *       +def greet(name, shout=False):
 * </pre>
 */
final class FileChangeView {

    /** Diff lines shown per updated file; the rest is counted. */
    static final int PREVIEW_LINES = 20;

    private FileChangeView() {
    }

    /** The first line, without its line end. */
    static String header(Ansi ansi) {
        return ansi.bold("✎ edit");
    }

    /** One line per file: {@code     M src/hello.py (+3 -2)}. */
    static String files(JsonNode item, String root, Ansi ansi) {
        StringBuilder text = new StringBuilder();
        for (JsonNode change : item.path("changes")) {
            text.append("    ").append(FileChanges.label(change, root))
                    .append(ansi.dim(" (" + FileChanges.counts(change) + ")")).append('\n');
        }
        return text.toString();
    }

    /** The status line and, once applied, the preview of every updated file. */
    static String outcome(JsonNode item, String root, Ansi ansi) {
        String status = JsonFields.text(item, "status", "completed");
        return switch (status) {
            case "completed" -> "  " + ansi.green("applied") + "\n" + previews(item, root, ansi);
            case "declined" -> "  " + ansi.yellow("declined") + ansi.dim(" (no files were changed)") + "\n";
            case "failed" -> "  " + ansi.red("failed") + ansi.dim(" (the changes could not be applied)") + "\n";
            default -> "  " + status + "\n";
        };
    }

    // Added and deleted files are whole-file contents, not diffs: their line counts above say enough.
    private static String previews(JsonNode item, String root, Ansi ansi) {
        StringBuilder text = new StringBuilder();
        for (JsonNode change : item.path("changes")) {
            String diff = JsonFields.text(change, "diff", "");
            if (FileChanges.kind(change).equals("update") && !diff.isBlank()) {
                text.append("    ").append(FileChanges.target(change, root)).append('\n');
                text.append(DiffPreview.render(diff, "      ", PREVIEW_LINES, ansi));
            }
        }
        return text.toString();
    }
}
