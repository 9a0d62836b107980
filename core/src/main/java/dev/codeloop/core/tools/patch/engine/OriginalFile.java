package dev.codeloop.core.tools.patch.engine;

import dev.codeloop.core.tools.patch.engine.PatchException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * What was at a path just before applying, kept in memory to put back on rollback. {@code location} is where
 * the content lives: the path itself, or the file a symlink points to (editing through a link edits its
 * target and keeps the link). {@code linkTarget} is the link's own target when the path is a symlink.
 */
record OriginalFile(Path path, Path location, boolean exists, byte[] bytes, Set<PosixFilePermission> permissions,
        Path linkTarget) {

    static OriginalFile read(Path path) throws PatchException {
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return new OriginalFile(path, path, false, null, null, null);
            }
            boolean link = Files.isSymbolicLink(path);
            Path linkTarget = link ? Files.readSymbolicLink(path) : null;
            if (link && !Files.exists(path)) {
                // A dangling link holds no content; writing replaces the link itself.
                return new OriginalFile(path, path, true, null, null, linkTarget);
            }
            Path location = link ? path.toRealPath() : path;
            return new OriginalFile(path, location, true, Files.readAllBytes(location), permissionsOf(location),
                    linkTarget);
        } catch (IOException e) {
            throw new PatchException(Kind.IO_ERROR, "Failed to read " + path + " before writing it: "
                    + PatchTransaction.describe(e) + ". Nothing was written.", path, e);
        }
    }

    /** Null where the file system has no POSIX permissions. */
    private static Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    boolean hasContent() {
        return bytes != null;
    }
}
