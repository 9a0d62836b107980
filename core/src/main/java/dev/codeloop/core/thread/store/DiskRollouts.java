package dev.codeloop.core.thread.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The thread logs on disk, with the size and mtime the walk sees anyway (no extra stat per file). */
final class DiskRollouts {

    private static final Logger log = LoggerFactory.getLogger(DiskRollouts.class);

    /** One log file; {@code relativePath} is relative to the home. */
    record DiskRollout(Path file, String relativePath, boolean archived, long size, long mtimeMs) {
    }

    private DiskRollouts() {
    }

    static List<DiskRollout> scan(SessionPaths paths) {
        List<DiskRollout> found = new ArrayList<>();
        walk(paths, paths.sessionsDir(), 4, false, found); // sessions/YYYY/MM/DD/file
        walk(paths, paths.archivedDir(), 1, true, found);
        return found;
    }

    private static void walk(SessionPaths paths, Path root, int depth, boolean archived, List<DiskRollout> found) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && RolloutFileName.looksLikeRollout(file.getFileName().toString())) {
                        found.add(new DiskRollout(file, paths.home().relativize(file).toString(), archived,
                                attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    log.warn("cannot list thread logs in {}: {}", file, e.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.warn("cannot list thread logs in {}: {}", root, e.toString());
        }
    }

    /** A file's size and mtime, as recorded in index entries; -1s when the file cannot be seen. */
    record FileState(long size, long mtimeMs) {

        static FileState of(Path file) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileState(attrs.size(), attrs.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return new FileState(-1, -1);
            }
        }
    }
}
