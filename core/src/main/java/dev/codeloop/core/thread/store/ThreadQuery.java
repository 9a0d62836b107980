package dev.codeloop.core.thread.store;

import java.util.List;

/**
 * A {@code thread/list} request. Null and empty mean "no filter"; the compact constructor fills defaults.
 *
 * @param cursor         the previous page's {@link ThreadPage#nextCursor()}, or null for the first page
 * @param limit          page size: 50 when null, clamped to 1..200
 * @param sortKey        CREATED_AT when null; ties are broken by id
 * @param descending     newest first
 * @param cwds           exact cwd matches; empty = any
 * @param archived       true = only archived threads; null or false = only active ones
 * @param searchTerm     case-sensitive substring of the name or the preview; null or empty = any
 * @param modelProviders empty = any
 * @param sourceKinds    exact {@link ThreadMeta#source()} matches; empty = any
 */
public record ThreadQuery(
        String cursor,
        Integer limit,
        SortKey sortKey,
        boolean descending,
        List<String> cwds,
        Boolean archived,
        String searchTerm,
        List<String> modelProviders,
        List<String> sourceKinds) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public enum SortKey { CREATED_AT, UPDATED_AT }

    public ThreadQuery {
        limit = limit == null ? DEFAULT_LIMIT : Math.clamp(limit, 1, MAX_LIMIT);
        sortKey = sortKey == null ? SortKey.CREATED_AT : sortKey;
        cwds = cwds == null ? List.of() : List.copyOf(cwds);
        modelProviders = modelProviders == null ? List.of() : List.copyOf(modelProviders);
        sourceKinds = sourceKinds == null ? List.of() : List.copyOf(sourceKinds);
    }

    /** The first page of active threads, newest first, 50 at a time. */
    public static ThreadQuery defaults() {
        return new ThreadQuery(null, null, null, true, null, null, null, null, null);
    }

    public ThreadQuery withCursor(String newCursor) {
        return new ThreadQuery(newCursor, limit, sortKey, descending, cwds, archived, searchTerm, modelProviders,
                sourceKinds);
    }

    boolean matches(IndexEntry entry) {
        return entry.archived() == Boolean.TRUE.equals(archived)
                && (cwds.isEmpty() || cwds.contains(entry.cwd()))
                && (modelProviders.isEmpty() || modelProviders.contains(entry.modelProvider()))
                && (sourceKinds.isEmpty() || sourceKinds.contains(entry.source()))
                && matchesSearch(entry);
    }

    private boolean matchesSearch(IndexEntry entry) {
        return searchTerm == null || searchTerm.isEmpty()
                || (entry.name() != null && entry.name().contains(searchTerm))
                || entry.preview().contains(searchTerm);
    }
}
