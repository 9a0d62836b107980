package dev.codeloop.core.tools.patch.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * The success message for the model, as Codex writes it: added files ({@code A}), then modified ones
 * ({@code M}, a moved file under its new path), then deleted ones ({@code D}).
 */
final class PatchSummary {

    private PatchSummary() {
    }

    static String of(List<FileChange> changes, Path cwd) {
        Path base = cwd.toAbsolutePath().normalize();
        StringBuilder out = new StringBuilder("Success. Updated the following files:\n");
        for (FileChange.Kind kind : List.of(FileChange.Kind.ADD, FileChange.Kind.UPDATE, FileChange.Kind.DELETE)) {
            for (FileChange change : changes) {
                if (change.kind() == kind) {
                    out.append(letter(kind)).append(' ').append(shown(change.finalPath(), base)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String letter(FileChange.Kind kind) {
        return switch (kind) {
            case ADD -> "A";
            case UPDATE -> "M";
            case DELETE -> "D";
        };
    }

    private static String shown(Path path, Path cwd) {
        return path.startsWith(cwd) && !path.equals(cwd) ? cwd.relativize(path).toString() : path.toString();
    }
}
