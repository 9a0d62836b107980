package dev.codeloop.core.diff;

import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The stat of every watched file as of the last scan, to tell which files a shell command changed without
 * reading them. What the first scan covered is all that is ever watched, so a later scan cannot mistake a
 * file that was merely beyond the limits for a new one.
 */
final class WorkspaceManifest {

    /**
     * A file modified this close to the scan may change again within the same timestamp tick without its
     * stat showing it (git's "racily clean" problem); such files are compared by content on the next scan.
     */
    private static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    private record Entry(FileStat stat, boolean racy) {
    }

    private final WorkspaceScanner scanner;
    private final Map<String, Entry> entries = new HashMap<>();
    private WorkspaceScanner.Coverage watched;

    WorkspaceManifest(WorkspaceScanner scanner) {
        this.scanner = scanner;
    }

    boolean started() {
        return watched != null;
    }

    boolean complete() {
        return watched != null && watched.complete();
    }

    /** The first scan: records every file and hands it to {@code visitor} (which takes its baseline). */
    void start(WorkspaceScanner.Visitor visitor) {
        FileTime scanStart = now();
        watched = scanner.scan(WorkspaceScanner.Coverage.EVERYTHING, (key, path, stat) -> {
            entries.put(key, entry(stat, scanStart));
            visitor.visit(key, path, stat);
        });
    }

    /**
     * Stats the watched files again and returns those that appeared, disappeared or changed since the last
     * scan. {@code contentChanged} is asked about files whose stat is unchanged but too recent to trust.
     */
    Set<String> refresh(Predicate<String> contentChanged) {
        FileTime scanStart = now();
        Map<String, Entry> seen = new HashMap<>();
        WorkspaceScanner.Coverage reached = scanner.scan(watched,
                (key, path, stat) -> seen.put(key, entry(stat, scanStart)));
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, Entry> now : seen.entrySet()) {
            Entry before = entries.put(now.getKey(), now.getValue());
            if (before == null || !before.stat().equals(now.getValue().stat())
                    || before.racy() && contentChanged.test(now.getKey())) {
                changed.add(now.getKey());
            }
        }
        for (Iterator<String> keys = entries.keySet().iterator(); keys.hasNext(); ) {
            String key = keys.next();
            // A scan cut short says nothing about files past where it stopped.
            if (!seen.containsKey(key) && reached.covers(key)) {
                changed.add(key);
                keys.remove();
            }
        }
        return changed;
    }

    private static Entry entry(FileStat stat, FileTime scanStart) {
        Instant modified = stat.modified().toInstant();
        return new Entry(stat, !modified.isBefore(scanStart.toInstant().minus(RACY_WINDOW)));
    }

    private static FileTime now() {
        return FileTime.from(Instant.now());
    }
}
