package dev.codeloop.core.thread.store;

import java.util.Objects;

/**
 * What {@code thread/list} needs to know about a stored thread, without opening its log.
 *
 * @param path          the log's path relative to the Codeloop home, e.g.
 *                      {@code sessions/2026/01/02/rollout-….jsonl}
 * @param updatedAtMs   when the thread last changed (its last record)
 * @param preview       the first user message (clipped to {@link #MAX_PREVIEW} characters), or ""
 * @param name          the name given by {@code thread/name/set}, or null
 * @param forkedFromId  the thread this one was forked from, or null
 * @param size          the log's size when this entry was last brought up to date, -1 if unknown
 * @param mtimeMs       the log's modification time then, -1 if unknown; a log whose size or mtime differ is
 *                      re-read when the index loads
 */
public record IndexEntry(
        String id,
        String path,
        boolean archived,
        long createdAtMs,
        long updatedAtMs,
        String cwd,
        String modelProvider,
        String model,
        String preview,
        String source,
        String name,
        String forkedFromId,
        long size,
        long mtimeMs) {

    /** Longer previews are cut: the index is read in full at startup and kept in memory. */
    public static final int MAX_PREVIEW = 2_000;

    public IndexEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        preview = clip(preview == null ? "" : preview);
    }

    /** An entry for a thread just created from {@code meta}, with no activity yet. */
    public static IndexEntry forNewThread(ThreadMeta meta, String path, boolean archived) {
        return new IndexEntry(meta.id(), path, archived, meta.createdAtMs(), meta.createdAtMs(),
                meta.cwd().toString(), meta.modelProvider(), meta.model(), "", meta.source(), null,
                meta.forkedFromId(), -1, -1);
    }

    public IndexEntry withName(String newName) {
        return new IndexEntry(id, path, archived, createdAtMs, updatedAtMs, cwd, modelProvider, model, preview,
                source, newName, forkedFromId, size, mtimeMs);
    }

    public IndexEntry withActivity(long newUpdatedAtMs, String newPreview) {
        return new IndexEntry(id, path, archived, createdAtMs, newUpdatedAtMs, cwd, modelProvider, model,
                newPreview, source, name, forkedFromId, size, mtimeMs);
    }

    IndexEntry withLocation(String newPath, boolean nowArchived) {
        return new IndexEntry(id, newPath, nowArchived, createdAtMs, updatedAtMs, cwd, modelProvider, model,
                preview, source, name, forkedFromId, size, mtimeMs);
    }

    IndexEntry withFileState(long newSize, long newMtimeMs) {
        return new IndexEntry(id, path, archived, createdAtMs, updatedAtMs, cwd, modelProvider, model, preview,
                source, name, forkedFromId, newSize, newMtimeMs);
    }

    /** The value this entry sorts by under {@code key}. */
    long sortValue(ThreadQuery.SortKey key) {
        return key == ThreadQuery.SortKey.UPDATED_AT ? updatedAtMs : createdAtMs;
    }

    private static String clip(String text) {
        if (text.length() <= MAX_PREVIEW) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_PREVIEW - 1)) ? MAX_PREVIEW - 1 : MAX_PREVIEW;
        return text.substring(0, end);
    }
}
