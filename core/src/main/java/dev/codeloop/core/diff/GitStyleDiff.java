package dev.codeloop.core.diff;

import java.util.Arrays;
import java.util.List;

/**
 * Renders file changes in {@code git diff --full-index} format, byte for byte: the {@code diff --git} line,
 * mode and rename lines, the {@code index} line with full blob ids, then hunks or a "Binary files" line.
 * A side is {@code null} when the file does not exist on that side; two sides with different paths are a
 * rename.
 *
 * <p>One knowing difference from Codex: for a file modified without a mode change git ends the {@code index}
 * line with the mode ({@code index <old>..<new> 100644}); Codex leaves it out. We print what git prints.
 */
public final class GitStyleDiff {

    private static final String DEV_NULL = "/dev/null";

    private GitStyleDiff() {
    }

    /** The section for one file; empty when both sides are absent or identical. */
    public static String fileSection(DiffSide before, DiffSide after) {
        if (before == null && after == null || unchanged(before, after)) {
            return "";
        }
        if (before != null && after != null && !canPair(before, after)) {
            // A file that became a symlink (or a rename we cannot measure) is shown as removal plus addition.
            return fileSection(before, null) + fileSection(null, after);
        }
        String oldPath = (before != null ? before : after).path();
        String newPath = (after != null ? after : before).path();
        StringBuilder out = new StringBuilder();
        out.append("diff --git ").append(label("a/", oldPath)).append(' ').append(label("b/", newPath)).append('\n');
        out.append(modeLines(before, after));
        if (!oldPath.equals(newPath)) {
            out.append(renameLines(before, after));
        }
        out.append(indexLine(before, after));
        out.append(body(before, after));
        return out.toString();
    }

    /**
     * Only the hunks between two versions of a text ({@code @@ ... @@} onwards), as git writes them; empty when
     * the contents are equal.
     */
    public static String hunks(byte[] before, byte[] after) {
        List<String> oldLines = TextLines.split(before);
        List<String> newLines = TextLines.split(after);
        return TextLines.toText(HunkWriter.write(oldLines, newLines, LineDiff.edits(oldLines, newLines)));
    }

    static String modeLines(DiffSide before, DiffSide after) {
        if (before == null) {
            return "new file mode " + after.mode().octal() + "\n";
        }
        if (after == null) {
            return "deleted file mode " + before.mode().octal() + "\n";
        }
        if (before.mode() != after.mode()) {
            return "old mode " + before.mode().octal() + "\nnew mode " + after.mode().octal() + "\n";
        }
        return "";
    }

    static String renameLines(DiffSide before, DiffSide after) {
        return "similarity index " + GitSimilarity.percent(before.content(), after.content()) + "%\n"
                + "rename from " + GitPathQuoting.quote(before.path()) + "\n"
                + "rename to " + GitPathQuoting.quote(after.path()) + "\n";
    }

    /**
     * {@code index <old>..<new>[ <mode>]}: absent when the blobs are equal, and when a side's content is
     * unknown (we will not print an id we did not compute).
     */
    static String indexLine(DiffSide before, DiffSide after) {
        if (before != null && !before.contentKnown() || after != null && !after.contentKnown()) {
            return "";
        }
        String oldId = before == null ? GitBlobId.NONE : before.blobId();
        String newId = after == null ? GitBlobId.NONE : after.blobId();
        if (oldId.equals(newId)) {
            return "";
        }
        boolean sameMode = before != null && after != null && before.mode() == after.mode();
        return "index " + oldId + ".." + newId + (sameMode ? " " + before.mode().octal() : "") + "\n";
    }

    static String body(DiffSide before, DiffSide after) {
        byte[] oldContent = before == null ? new byte[0] : before.content();
        byte[] newContent = after == null ? new byte[0] : after.content();
        if (oldContent != null && newContent != null && Arrays.equals(oldContent, newContent)) {
            return "";
        }
        String oldLabel = before == null ? DEV_NULL : label("a/", before.path());
        String newLabel = after == null ? DEV_NULL : label("b/", after.path());
        if (oldContent == null || newContent == null
                || BinaryContent.looksBinary(oldContent) || BinaryContent.looksBinary(newContent)) {
            return "Binary files " + oldLabel + " and " + newLabel + " differ\n";
        }
        return "--- " + oldLabel + tabIfSpaced(oldLabel) + "\n"
                + "+++ " + newLabel + tabIfSpaced(newLabel) + "\n"
                + hunks(oldContent, newContent);
    }

    /** {@code a/path} or {@code b/path}, quoted when needed; git drops the leading slash of an absolute path. */
    static String label(String prefix, String path) {
        return GitPathQuoting.quote(prefix, path.startsWith("/") ? path.substring(1) : path);
    }

    /** Git ends a {@code ---}/{@code +++} name containing a space with a tab, so it can be told from a date. */
    private static String tabIfSpaced(String label) {
        return label.indexOf(' ') >= 0 ? "\t" : "";
    }

    private static boolean unchanged(DiffSide before, DiffSide after) {
        return before != null && after != null && before.path().equals(after.path())
                && before.mode() == after.mode() && before.contentKnown() && after.contentKnown()
                && Arrays.equals(before.content(), after.content());
    }

    private static boolean canPair(DiffSide before, DiffSide after) {
        if (!before.mode().sameKindAs(after.mode())) {
            return false;
        }
        return before.path().equals(after.path()) || before.contentKnown() && after.contentKnown();
    }
}
