package dev.codeloop.core.thread.store;

import dev.codeloop.core.thread.store.DiskRollouts.DiskRollout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings index entries in line with the logs on disk. A log whose path, size and mtime match its entry is
 * trusted; any other log is read and summarized (new, changed or moved), keeping the entry's name; entries
 * whose log is gone are dropped. A log that cannot be read is left out and reported as a problem.
 */
final class IndexReconciler {

    private static final Logger log = LoggerFactory.getLogger(IndexReconciler.class);

    /**
     * The reconciled state.
     *
     * @param entries  the live entries by id
     * @param problems unreadable logs: thread id (or relative path when the name has none) → message
     * @param changed  entries that are new or differ from the index
     * @param removed  ids that were in the index and are not live any more
     */
    record Outcome(Map<String, IndexEntry> entries, Map<String, String> problems, List<IndexEntry> changed,
                   List<String> removed) {
    }

    private IndexReconciler() {
    }

    static Outcome reconcile(SessionPaths paths, Map<String, IndexEntry> indexed, boolean rereadAll) {
        Map<String, IndexEntry> byPath = new HashMap<>();
        indexed.values().forEach(entry -> byPath.put(entry.path(), entry));
        Map<String, IndexEntry> live = new HashMap<>();
        List<DiskRollout> toRead = new ArrayList<>();
        for (DiskRollout disk : DiskRollouts.scan(paths)) {
            IndexEntry entry = byPath.get(disk.relativePath());
            if (!rereadAll && entry != null && entry.size() == disk.size() && entry.mtimeMs() == disk.mtimeMs()
                    && entry.archived() == disk.archived()) {
                keep(live, entry);
            } else {
                toRead.add(disk);
            }
        }
        Map<String, String> problems = new ConcurrentHashMap<>();
        // Summaries are independent and mostly JSON parsing: use the cores for a big rebuild.
        List<IndexEntry> summarized = toRead.parallelStream()
                .map(disk -> summarize(disk, indexed, problems))
                .filter(Objects::nonNull)
                .toList();
        summarized.forEach(entry -> keep(live, entry));

        List<IndexEntry> changed = new ArrayList<>();
        live.values().forEach(entry -> {
            if (!entry.equals(indexed.get(entry.id()))) {
                changed.add(entry);
            }
        });
        List<String> removed = indexed.keySet().stream().filter(id -> !live.containsKey(id)).toList();
        return new Outcome(live, Map.copyOf(problems), changed, removed);
    }

    private static IndexEntry summarize(DiskRollout disk, Map<String, IndexEntry> indexed,
                                        Map<String, String> problems) {
        try {
            ReplayedThread thread = ThreadReplay.replay(RolloutReader.read(disk.file()));
            ThreadMeta meta = thread.meta();
            IndexEntry previous = indexed.get(meta.id());
            RolloutRecord.TurnContext context = thread.lastContext();
            return new IndexEntry(meta.id(), disk.relativePath(), disk.archived(), meta.createdAtMs(),
                    thread.updatedAtMs(), meta.cwd().toString(), meta.modelProvider(),
                    context != null ? context.model() : meta.model(), thread.preview(), meta.source(),
                    previous != null ? previous.name() : null, meta.forkedFromId(), disk.size(), disk.mtimeMs());
        } catch (RuntimeException e) {
            // RolloutException says what is wrong; anything else is a bug, but one log must not stop the list
            String message = e instanceof RolloutException ? e.getMessage()
                    : "thread log " + disk.file() + " cannot be indexed: " + e;
            log.warn("{}", message);
            String key = RolloutFileName.parse(disk.file().getFileName().toString())
                    .map(RolloutFileName::threadId)
                    .orElse(disk.relativePath());
            problems.put(key, message);
            return null;
        }
    }

    /** Adds the entry; two logs claiming one id (a copied file) keep the active one, then the first path. */
    private static void keep(Map<String, IndexEntry> live, IndexEntry entry) {
        live.merge(entry.id(), entry, (a, b) -> {
            IndexEntry winner = a.archived() != b.archived() ? (a.archived() ? b : a)
                    : (a.path().compareTo(b.path()) <= 0 ? a : b);
            log.warn("thread {} has two logs, {} and {}; listing {}", entry.id(), a.path(), b.path(), winner.path());
            return winner;
        });
    }
}
