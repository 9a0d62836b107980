package dev.codeloop.core.tools.patch.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What applying a plan must do to one path, all its changes taken together: what the path must hold before
 * ({@code expected}), what it holds after ({@code finalContent}, null for nothing), and whose permissions a
 * written file keeps ({@code permissionsFrom}: itself, or the source of a move).
 */
record FileTarget(Path path, Expected expected, String expectedContent, String finalContent, Path permissionsFrom) {

    enum Expected {
        /** Nothing at the path (Add, Move destination). */
        ABSENT,
        /** A file with exactly {@code expectedContent}. */
        TEXT,
        /** Some file (a binary file being deleted). */
        ANY_FILE
    }

    boolean writes() {
        return finalContent != null;
    }

    /** One target per path the plan touches, in the order the plan first touches them. */
    static List<FileTarget> of(PatchPlan plan) {
        Map<Path, Builder> byPath = new LinkedHashMap<>();
        for (FileChange change : plan.changes()) {
            Path path = change.path();
            switch (change.kind()) {
                case ADD -> touch(byPath, path, Expected.ABSENT, null).finalContent = change.newContent();
                case DELETE -> touch(byPath, path, change.oldContent() == null ? Expected.ANY_FILE : Expected.TEXT,
                        change.oldContent()).finalContent = null;
                case UPDATE -> {
                    Builder source = touch(byPath, path, Expected.TEXT, change.oldContent());
                    if (change.movePath() == null) {
                        source.finalContent = change.newContent();
                    } else {
                        source.finalContent = null;
                        Builder destination = touch(byPath, change.movePath(), Expected.ABSENT, null);
                        destination.finalContent = change.newContent();
                        destination.permissionsFrom = source.permissionsFrom;
                    }
                }
            }
        }
        List<FileTarget> targets = new ArrayList<>();
        byPath.forEach((path, b) -> targets.add(
                new FileTarget(path, b.expected, b.expectedContent, b.finalContent, b.permissionsFrom)));
        return targets;
    }

    /** The builder for {@code path}; what it must hold before is set by the first change that touches it. */
    private static Builder touch(Map<Path, Builder> byPath, Path path, Expected expected, String content) {
        return byPath.computeIfAbsent(path, p -> new Builder(p, expected, content));
    }

    private static final class Builder {
        private final Expected expected;
        private final String expectedContent;
        private String finalContent;
        private Path permissionsFrom;

        Builder(Path path, Expected expected, String expectedContent) {
            this.expected = expected;
            this.expectedContent = expectedContent;
            this.permissionsFrom = path;
        }
    }
}
