package dev.codeloop.core.tools.patch.engine;

import dev.codeloop.core.tools.patch.engine.PatchException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the paths a patch names into absolute paths and refuses those outside the writable roots. Relative
 * paths are taken from the cwd, absolute ones as they are; {@code ..} is resolved first, then symlinks of the
 * longest part of the path that exists, so neither {@code a/../../etc/passwd} nor {@code link-to-outside/file}
 * gets out.
 */
public final class PatchPaths {

    private final Path cwd;
    private final WritablePolicy policy;
    private final List<Path> realRoots;

    public PatchPaths(Path cwd, WritablePolicy policy) {
        this.cwd = cwd.toAbsolutePath().normalize();
        this.policy = policy;
        this.realRoots = policy.roots().stream()
                .map(root -> realPath(root.normalize()).orElse(root.normalize()))
                .toList();
    }

    public Path cwd() {
        return cwd;
    }

    /** The absolute, normalised path for {@code raw}, once it is known to be writable under the policy. */
    public Path resolve(String raw) throws PatchException {
        Path path = absolute(raw);
        if (!isWritable(path)) {
            Path real = realPath(path).orElse(path);
            String resolves = real.equals(path) ? "" : " (it resolves to " + real + ")";
            String roots = policy.roots().stream().map(Path::toString).collect(Collectors.joining(", "));
            throw new PatchException(Kind.OUTSIDE_WRITABLE_ROOTS, "Refusing to write " + path + resolves
                    + ": it is outside the writable roots (" + (roots.isEmpty() ? "none" : roots) + ")", path);
        }
        return path;
    }

    /** The absolute, normalised path for {@code raw}, without checking the policy. */
    public Path absolute(String raw) throws PatchException {
        try {
            return cwd.resolve(raw).normalize();
        } catch (InvalidPathException e) {
            throw new PatchException(Kind.INVALID_PATCH, "invalid patch: '" + raw + "' is not a valid path: "
                    + e.getReason());
        }
    }

    public boolean isWritable(Path absolute) {
        if (policy.unrestricted()) {
            return true;
        }
        // A path whose symlinks cannot be resolved is refused: it might lead anywhere.
        return realPath(absolute).map(real -> realRoots.stream().anyMatch(real::startsWith)).orElse(false);
    }

    /** How to show {@code absolute} to the model: relative to the cwd when inside it. */
    public String display(Path absolute) {
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString()
                : absolute.toString();
    }

    /**
     * {@code absolute} with the symlinks of its longest existing ancestor resolved (the rest does not exist yet,
     * so it cannot be a link). A dangling link counts as not existing: writing replaces it, never follows it.
     * Empty when the existing part cannot be resolved (e.g. no permission to read a directory).
     */
    static Optional<Path> realPath(Path absolute) {
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(absolute);
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return Optional.of(real);
    }
}
