package dev.codeloop.core.diff;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the workspace in {@link WalkOrder}, handing each regular file and symlink to a visitor with its stat.
 * Directories no one wants diffed (VCS data, dependencies, build output, caches) are not entered, symlinks are
 * not followed. A scan stops early after {@code maxFiles} files or when its time budget runs out, and says
 * how far it got.
 */
final class WorkspaceScanner {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceScanner.class);

    static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            ".git", "node_modules", "target", "build", ".gradle", ".venv", "__pycache__", ".idea", "dist");

    interface Visitor {
        void visit(String key, Path path, FileStat stat);
    }

    /** The part of the workspace a scan saw: everything, or every path up to {@code last} in walk order. */
    record Coverage(boolean complete, String last) {

        static final Coverage EVERYTHING = new Coverage(true, null);
        static final Coverage NOTHING = new Coverage(false, null);

        boolean covers(String key) {
            return complete || last != null && WalkOrder.compare(key, last) <= 0;
        }
    }

    private final Path root;
    private final int maxFiles;
    private final Duration budget;

    WorkspaceScanner(Path root, int maxFiles, Duration budget) {
        this.root = root;
        this.maxFiles = maxFiles;
        this.budget = budget;
    }

    /** Visits the files {@code within} covers, as far as the limits allow; returns what was covered. */
    Coverage scan(Coverage within, Visitor visitor) {
        Walk walk = new Walk(within, visitor, System.nanoTime() + budget.toNanos());
        walk.directory(root, "");
        if (!walk.stoppedByLimit) {
            return within;
        }
        LOG.debug("workspace scan of {} stopped after {} files", root, walk.visited);
        return walk.lastVisited == null ? Coverage.NOTHING : new Coverage(false, walk.lastVisited);
    }

    private final class Walk {
        private final Coverage within;
        private final Visitor visitor;
        private final long deadline;
        private int visited;
        private String lastVisited;
        private boolean stoppedByLimit;
        private boolean stopped;

        Walk(Coverage within, Visitor visitor, long deadline) {
            this.within = within;
            this.visitor = visitor;
            this.deadline = deadline;
        }

        void directory(Path dir, String dirKey) {
            for (Path entry : sortedEntries(dir)) {
                String key = WorkspacePaths.childKey(dirKey, entry.getFileName().toString());
                // Past the bound, so is everything after it (a directory sorts before its contents).
                if (!within.covers(key)) {
                    stopped = true;
                }
                if (stopped) {
                    return;
                }
                visitEntry(entry, key);
            }
        }

        private void visitEntry(Path entry, String key) {
            BasicFileAttributes attributes;
            try {
                attributes = DiskReader.readAttributes(entry);
            } catch (IOException e) {
                return;
            }
            if (attributes.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.contains(entry.getFileName().toString())) {
                    directory(entry, key);
                }
                return;
            }
            FileStat stat = DiskReader.statOf(attributes);
            if (stat == null) {
                return;
            }
            if (visited >= maxFiles || System.nanoTime() - deadline >= 0) {
                stopped = true;
                stoppedByLimit = true;
                return;
            }
            visitor.visit(key, entry, stat);
            visited++;
            lastVisited = key;
        }

        private List<Path> sortedEntries(Path dir) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            } catch (IOException e) {
                LOG.debug("cannot list {}: {}", dir, e.toString());
            }
            entries.sort(Comparator.comparing(path -> path.getFileName().toString()));
            return entries;
        }
    }
}
