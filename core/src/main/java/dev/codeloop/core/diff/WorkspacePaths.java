package dev.codeloop.core.diff;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Names files the way the diff shows them: relative to the workspace root with {@code /} separators. A file
 * outside the root keeps its absolute path.
 */
final class WorkspacePaths {

    private final Path root;
    /** The root with symlinks resolved, for callers that hand us real paths (/tmp vs /private/tmp on macOS). */
    private final Path realRoot;

    WorkspacePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = realPathOr(this.root);
    }

    Path root() {
        return root;
    }

    String keyOf(Path path) {
        Path absolute = root.resolve(path).normalize();
        if (absolute.startsWith(root)) {
            return relativeKey(root.relativize(absolute));
        }
        if (absolute.startsWith(realRoot)) {
            return relativeKey(realRoot.relativize(absolute));
        }
        return absolute.toString();
    }

    Path pathOf(String key) {
        return key.startsWith("/") ? Path.of(key) : root.resolve(key);
    }

    static String childKey(String parentKey, String name) {
        return parentKey.isEmpty() ? name : parentKey + "/" + name;
    }

    private static String relativeKey(Path relative) {
        StringBuilder key = new StringBuilder();
        for (Path name : relative) {
            if (!key.isEmpty()) {
                key.append('/');
            }
            key.append(name);
        }
        return key.toString();
    }

    private static Path realPathOr(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
