package dev.codeloop.core.tools.patch.engine;

import java.nio.file.Path;

/**
 * One planned file operation with its full before and after text. {@code path} is absolute; {@code movePath}
 * is the new path of a moved file, else null. {@code oldContent} is null for an add (and for deleting a binary
 * file), {@code newContent} null for a delete. {@code unifiedDiff} is what Codex shows in a fileChange item: the
 * new text for an add, the old text for a delete, the hunks of a unified diff for an update.
 */
public record FileChange(Path path, Kind kind, Path movePath, String oldContent, String newContent,
        String unifiedDiff) {

    public enum Kind {
        ADD, DELETE, UPDATE
    }

    /** Where the file is after the change: the move destination, else {@code path}. */
    public Path finalPath() {
        return movePath != null ? movePath : path;
    }
}
