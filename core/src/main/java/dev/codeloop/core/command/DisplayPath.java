package dev.codeloop.core.command;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Path strings as command actions show them. */
final class DisplayPath {

    /** Directory names that say little about where a search or listing happens. */
    private static final Set<String> UNINFORMATIVE = Set.of("build", "dist", "node_modules", "src");

    private DisplayPath() {
    }

    /**
     * Codex's short form of a search or listing path: its last informative component, so {@code webview/src}
     * shows as {@code webview} and {@code core/src/a.rs} as {@code a.rs}; the path itself when nothing is left
     * ({@code src}, {@code /}).
     */
    static String shorten(String path) {
        List<String> parts = components(path);
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (!UNINFORMATIVE.contains(parts.get(i))) {
                return parts.get(i);
            }
        }
        String trimmed = stripTrailingSlashes(path);
        return trimmed.isEmpty() ? path : trimmed;
    }

    /** The last component: {@code src/a.py} → {@code a.py}. */
    static String fileName(String path) {
        List<String> parts = components(path);
        return parts.isEmpty() ? path : parts.getLast();
    }

    /** {@code path} seen from {@code base} (a directory a script changed into), or as is without a base. */
    static String join(String base, String path) {
        if (base == null || path.startsWith("/")) {
            return path;
        }
        return base.endsWith("/") ? base + path : base + "/" + path;
    }

    private static List<String> components(String path) {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).toList();
    }

    private static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
