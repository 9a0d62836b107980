package dev.codeloop.sample;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a {@code fileChange} item's {@code changes}, as a person reads it:
 * {@code {path, kind: {type: add|delete|update, move_path?}, diff}} becomes {@code M src/hello.py}.
 * For an add {@code diff} is the new file, for a delete the old one, for an update the unified diff.
 */
final class FileChanges {

    private FileChanges() {
    }

    /** {@code add}, {@code delete} or {@code update}. */
    static String kind(JsonNode change) {
        JsonNode kind = change.path("kind");
        // Codex once sent the kind as a bare string; read both shapes.
        return kind.isString() ? kind.asString() : JsonFields.text(kind, "type", "update");
    }

    /** {@code A path}, {@code D path}, {@code M path} or {@code R old → new}, relative to {@code root} when inside it. */
    static String label(JsonNode change, String root) {
        String mark = switch (kind(change)) {
            case "add" -> "A";
            case "delete" -> "D";
            default -> movedTo(change) == null ? "M" : "R";
        };
        return mark + " " + target(change, root);
    }

    /** The file's path, or {@code old → new} for a move; relative to {@code root} when inside it. */
    static String target(JsonNode change, String root) {
        String path = relative(JsonFields.text(change, "path", "?"), root);
        String movedTo = movedTo(change);
        return movedTo == null ? path : path + " → " + relative(movedTo, root);
    }

    private static String movedTo(JsonNode change) {
        JsonNode kind = change.path("kind");
        return JsonFields.text(kind, "move_path", JsonFields.text(kind, "movePath"));
    }

    /** Lines added and removed: {@code +12} for an add, {@code -3} for a delete, {@code +6 -4} for an update. */
    static String counts(JsonNode change) {
        String diff = JsonFields.text(change, "diff", "");
        return switch (kind(change)) {
            case "add" -> "+" + DiffStat.lines(diff);
            case "delete" -> "-" + DiffStat.lines(diff);
            default -> {
                DiffStat stat = DiffStat.of(diff);
                yield "+" + stat.insertions() + " -" + stat.deletions();
            }
        };
    }

    /** {@code path} relative to {@code root} if it lies inside it; otherwise unchanged. */
    static String relative(String path, String root) {
        if (root == null) {
            return path;
        }
        try {
            Path file = Path.of(path);
            Path base = Path.of(root);
            return file.isAbsolute() && file.startsWith(base) && !file.equals(base) ? base.relativize(file).toString() : path;
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
