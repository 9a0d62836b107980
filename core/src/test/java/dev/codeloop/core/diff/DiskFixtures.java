package dev.codeloop.core.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Writing test files: text, executables, symlinks. */
final class DiskFixtures {

    private DiskFixtures() {
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static void write(Path root, String path, String text) {
        write(root, new DiffSide(path, GitFileMode.REGULAR, bytes(text)));
    }

    /** Puts {@code side} on disk under {@code root}, replacing whatever was at its path. */
    static void write(Path root, DiffSide side) {
        Path file = root.resolve(side.path());
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (side.mode() == GitFileMode.SYMLINK) {
                Files.createSymbolicLink(file, Path.of(new String(side.content(), StandardCharsets.UTF_8)));
                return;
            }
            Files.write(file, side.content());
            setExecutable(file, side.mode() == GitFileMode.EXECUTABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void setExecutable(Path file, boolean executable) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if (executable) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root, String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code first..last}, each {@code prefix + n}, newline-terminated. */
    static String numberedLines(String prefix, int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            text.append(prefix).append(i).append('\n');
        }
        return text.toString();
    }
}
