package dev.codeloop.core.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads files as git would record them: symlinks are not followed, anything but a file or link is absent. */
final class DiskReader {

    private static final Logger LOG = LoggerFactory.getLogger(DiskReader.class);

    private DiskReader() {
    }

    /** The stat of a regular file or symlink, or null when there is none at {@code path}. */
    static FileStat stat(Path path) {
        try {
            return statOf(readAttributes(path));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.debug("cannot stat {}: {}", path, e.toString());
            return null;
        }
    }

    static FileStat statOf(BasicFileAttributes attributes) {
        GitFileMode mode;
        if (attributes.isSymbolicLink()) {
            mode = GitFileMode.SYMLINK;
        } else if (attributes.isRegularFile()) {
            mode = attributes instanceof PosixFileAttributes posix
                    && posix.permissions().contains(PosixFilePermission.OWNER_EXECUTE)
                    ? GitFileMode.EXECUTABLE : GitFileMode.REGULAR;
        } else {
            return null;
        }
        return new FileStat(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(), mode);
    }

    static BasicFileAttributes readAttributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** The path's current state; content is left out when the file is larger than {@code maxContentBytes}. */
    static Snapshot snapshot(Path path, long maxContentBytes) {
        FileStat stat = stat(path);
        if (stat == null) {
            return Snapshot.ABSENT;
        }
        return new Snapshot(stat, stat.size() <= maxContentBytes ? content(path, stat) : null);
    }

    /** The bytes git would store for the file, or null when it cannot be read. */
    static byte[] content(Path path, FileStat stat) {
        try {
            if (stat.mode() == GitFileMode.SYMLINK) {
                return Files.readSymbolicLink(path).toString().getBytes(StandardCharsets.UTF_8);
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            LOG.debug("cannot read {}: {}", path, e.toString());
            return null;
        }
    }
}
