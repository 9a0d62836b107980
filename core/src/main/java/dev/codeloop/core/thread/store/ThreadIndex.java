package dev.codeloop.core.thread.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The list of stored threads behind {@code thread/list}, kept in memory and in {@code session_index.jsonl}.
 * The logs are the truth: on first use the index file is read and then checked against the logs on disk
 * (see {@link IndexReconciler}), so a stale, damaged or deleted index file only costs re-reading logs.
 * Only names live nowhere else. One instance per process and home; every method is thread-safe.
 *
 * <p>Index file writes after a change are best effort (logged when they fail) because the next load
 * repairs them from the logs, except for {@link #setName}, whose name would otherwise be lost.
 */
public final class ThreadIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ThreadIndex.class);

    private final SessionPaths paths;
    private final IndexFile file;
    private final SortedEntries entries = new SortedEntries();
    private Map<String, String> problems = Map.of();
    private boolean loaded;

    public ThreadIndex(SessionPaths paths) {
        this.paths = paths;
        this.file = new IndexFile(paths.indexFile());
    }

    public SessionPaths paths() {
        return paths;
    }

    /** Loads now instead of on first use (e.g. to warm up off the request path); does nothing if loaded. */
    public synchronized void load() {
        if (!loaded) {
            IndexFile.Contents contents = file.load();
            apply(IndexReconciler.reconcile(paths, contents.entries(), false), false);
            loaded = true;
        }
    }

    /** Re-reads every log, keeping names. */
    public synchronized void rebuild() {
        Map<String, IndexEntry> known = new HashMap<>();
        if (loaded) {
            entries.values().forEach(entry -> known.put(entry.id(), entry));
        } else {
            known.putAll(file.load().entries());
        }
        apply(IndexReconciler.reconcile(paths, known, true), true);
        loaded = true;
    }

    public synchronized ThreadPage list(ThreadQuery query) {
        load();
        return entries.page(query);
    }

    public synchronized Optional<IndexEntry> get(String id) {
        load();
        return Optional.ofNullable(entries.get(id));
    }

    /** Logs that could not be read at the last load: thread id → message naming the file and line. */
    public synchronized Map<String, String> problems() {
        load();
        return problems;
    }

    /** The absolute path of an entry's log. */
    public Path resolve(IndexEntry entry) {
        return paths.home().resolve(entry.path());
    }

    /**
     * Adds a thread whose log was just created at {@code rollout} (under the home), with no activity yet.
     * Returns the stored entry.
     */
    public synchronized IndexEntry register(ThreadMeta meta, Path rollout) {
        Path absolute = rollout.toAbsolutePath().normalize();
        if (!absolute.startsWith(paths.home())) {
            throw new IllegalArgumentException("thread log " + rollout + " is not under " + paths.home());
        }
        upsert(IndexEntry.forNewThread(meta, paths.home().relativize(absolute).toString(),
                paths.isArchived(absolute)));
        return entries.get(meta.id());
    }

    /**
     * Adds or replaces an entry. A null name keeps the stored one (use {@link #setName} to clear it), and
     * size and mtime are taken from the log on disk: call this after writing what the entry summarizes.
     */
    public synchronized void upsert(IndexEntry entry) {
        load();
        IndexEntry previous = entries.get(entry.id());
        IndexEntry stored = entry.name() == null && previous != null ? entry.withName(previous.name()) : entry;
        store(withCurrentFileState(stored), false);
    }

    /** Names a thread (null clears the name). Throws if the id is unknown or the name cannot be saved. */
    public synchronized void setName(String id, String name) {
        store(require(id).withName(name), true);
    }

    /**
     * Records activity: the thread changed at {@code updatedAtMs}; a non-null {@code preview} replaces the
     * stored one. Returns false when the id is not indexed.
     */
    public synchronized boolean touch(String id, long updatedAtMs, String preview) {
        load();
        IndexEntry entry = entries.get(id);
        if (entry == null) {
            return false;
        }
        store(withCurrentFileState(entry.withActivity(updatedAtMs, preview != null ? preview : entry.preview())),
                false);
        return true;
    }

    /** Moves the thread's log to archived_sessions/; returns its new path. Archiving twice is harmless. */
    public synchronized Path archive(String id) {
        return relocate(require(id), true, paths::archivedPath);
    }

    /** Moves the thread's log back under sessions/YYYY/MM/DD; returns its new path. */
    public synchronized Path unarchive(String id) {
        return relocate(require(id), false, paths::unarchivedPath);
    }

    @Override
    public synchronized void close() {
        file.close();
    }

    private Path relocate(IndexEntry entry, boolean archive, UnaryOperator<Path> destination) {
        Path source = resolve(entry);
        if (!Files.isRegularFile(source)) {
            throw new UncheckedIOException("thread log " + source + " is missing",
                    new NoSuchFileException(source.toString()));
        }
        if (entry.archived() == archive) {
            return source;
        }
        Path target = destination.apply(source);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            // a rename within the home: the log is never half in both places
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move thread log " + source + " to " + target + ": " + e, e);
        }
        store(entry.withLocation(paths.home().relativize(target).toString(), archive), false);
        return target;
    }

    private IndexEntry require(String id) {
        load();
        IndexEntry entry = entries.get(id);
        if (entry == null) {
            throw new NoSuchElementException("no stored thread " + id);
        }
        return entry;
    }

    private IndexEntry withCurrentFileState(IndexEntry entry) {
        DiskRollouts.FileState state = DiskRollouts.FileState.of(resolve(entry));
        return entry.withFileState(state.size(), state.mtimeMs());
    }

    private void store(IndexEntry entry, boolean mustPersist) {
        entries.put(entry);
        if (problems.containsKey(entry.id())) {
            Map<String, String> remaining = new HashMap<>(problems);
            remaining.remove(entry.id());
            problems = Map.copyOf(remaining);
        }
        try {
            file.append(List.of(IndexEntryJson.write(entry)));
        } catch (UncheckedIOException e) {
            if (mustPersist) {
                throw e;
            }
            log.warn("{} (the next start repairs the index from the logs)", e.getMessage());
        }
        file.compactIfBloated(0, this::sortedForFile, entries.size());
    }

    private void apply(IndexReconciler.Outcome outcome, boolean rewrite) {
        entries.replaceAll(outcome.entries().values());
        problems = outcome.problems();
        List<String> lines = new ArrayList<>();
        outcome.changed().forEach(entry -> lines.add(IndexEntryJson.write(entry)));
        outcome.removed().forEach(id -> lines.add(IndexEntryJson.deletion(id)));
        if (rewrite ? file.rewriteQuietly(sortedForFile())
                : file.compactIfBloated(lines.size(), this::sortedForFile, entries.size())) {
            return;
        }
        try {
            file.append(lines);
        } catch (UncheckedIOException e) {
            log.warn("{} (listing works from memory)", e.getMessage());
        }
    }

    /** Live entries oldest first, so a rewritten file reads naturally. */
    private List<IndexEntry> sortedForFile() {
        List<IndexEntry> all = new ArrayList<>(entries.values());
        all.sort(Comparator.comparingLong(IndexEntry::createdAtMs).thenComparing(IndexEntry::id));
        return all;
    }
}
