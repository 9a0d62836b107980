package dev.codeloop.core.tools.patch.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The writes {@link PatchApplier} makes, behind one seam so tests can make any of them fail (tests run as root,
 * where file permissions stop nothing).
 */
interface DiskOps {

    DiskOps REAL = new DiskOps() {
    };

    default void createDirectory(Path dir) throws IOException {
        Files.createDirectory(dir);
    }

    /** Writes a file that must not exist yet; it gets the default permissions (umask), like any new file. */
    default void writeNew(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }

    default void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        Files.setPosixFilePermissions(file, permissions);
    }

    /** Puts {@code from} in place of {@code to}, atomically where the file system can. */
    default void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file, an empty directory, or a symbolic link itself. */
    default void delete(Path path) throws IOException {
        Files.delete(path);
    }

    default void createSymbolicLink(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
    }
}
