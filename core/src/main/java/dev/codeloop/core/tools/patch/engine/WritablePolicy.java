package dev.codeloop.core.tools.patch.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where a patch may write: inside one of {@code roots} (absolute paths; a path is inside a root when its real
 * path, symlinks resolved, is the root or below it), or anywhere when {@code unrestricted}.
 */
public record WritablePolicy(List<Path> roots, boolean unrestricted) {

    public WritablePolicy {
        roots = List.copyOf(roots);
        for (Path root : roots) {
            if (!root.isAbsolute()) {
                throw new IllegalArgumentException("writable root must be absolute: " + root);
            }
        }
    }

    /** No restriction (full access, or the user approved writing outside the roots). */
    public static final WritablePolicy UNRESTRICTED = new WritablePolicy(List.of(), true);

    public static WritablePolicy roots(List<Path> roots) {
        return new WritablePolicy(roots, false);
    }

    public static WritablePolicy roots(Path... roots) {
        return roots(Arrays.asList(roots));
    }
}
