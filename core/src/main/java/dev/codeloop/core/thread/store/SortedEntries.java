package dev.codeloop.core.thread.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The index's entries by id, with each sort order built on first use and then kept up to date entry by
 * entry (a binary search and an array shift, not a re-sort), so a listing costs a binary search and a
 * short scan even while threads are being touched. Not thread-safe: the index guards it.
 */
final class SortedEntries {

    private final Map<String, IndexEntry> byId = new HashMap<>();
    private final Map<ThreadQuery.SortKey, List<IndexEntry>> sorted = new EnumMap<>(ThreadQuery.SortKey.class);

    IndexEntry get(String id) {
        return byId.get(id);
    }

    void put(IndexEntry entry) {
        IndexEntry previous = byId.put(entry.id(), entry);
        sorted.forEach((key, list) -> {
            if (previous != null) {
                list.remove(Collections.binarySearch(list, previous, order(key)));
            }
            list.add(-Collections.binarySearch(list, entry, order(key)) - 1, entry);
        });
    }

    void replaceAll(Collection<IndexEntry> entries) {
        byId.clear();
        entries.forEach(entry -> byId.put(entry.id(), entry));
        sorted.clear();
    }

    Collection<IndexEntry> values() {
        return byId.values();
    }

    int size() {
        return byId.size();
    }

    /** The page after {@code query.cursor()} of the entries {@code query} matches. */
    ThreadPage page(ThreadQuery query) {
        IndexCursor cursor = query.cursor() == null ? null
                : IndexCursor.decode(query.cursor(), query.sortKey(), query.descending());
        List<IndexEntry> ordered = sorted(query.sortKey());
        int step = query.descending() ? -1 : 1;
        int index = start(ordered, cursor, query.sortKey(), query.descending());
        List<IndexEntry> page = new ArrayList<>(query.limit());
        Predicate<IndexEntry> filter = query::matches;
        for (; index >= 0 && index < ordered.size() && page.size() < query.limit(); index += step) {
            if (filter.test(ordered.get(index))) {
                page.add(ordered.get(index));
            }
        }
        boolean more = false;
        for (; !more && index >= 0 && index < ordered.size(); index += step) {
            more = filter.test(ordered.get(index));
        }
        String next = null;
        if (more) {
            IndexEntry last = page.getLast();
            next = new IndexCursor(query.sortKey(), query.descending(), last.sortValue(query.sortKey()), last.id())
                    .encode();
        }
        return new ThreadPage(page, next);
    }

    private List<IndexEntry> sorted(ThreadQuery.SortKey key) {
        return sorted.computeIfAbsent(key, k -> {
            List<IndexEntry> list = new ArrayList<>(byId.values());
            list.sort(order(k));
            return list;
        });
    }

    private static Comparator<IndexEntry> order(ThreadQuery.SortKey key) {
        return ORDERS.get(key);
    }

    private static final Map<ThreadQuery.SortKey, Comparator<IndexEntry>> ORDERS = new EnumMap<>(Map.of(
            ThreadQuery.SortKey.CREATED_AT,
            Comparator.comparingLong(IndexEntry::createdAtMs).thenComparing(IndexEntry::id),
            ThreadQuery.SortKey.UPDATED_AT,
            Comparator.comparingLong(IndexEntry::updatedAtMs).thenComparing(IndexEntry::id)));

    /** The index to scan from: the first entry past the cursor in the scan direction. */
    private static int start(List<IndexEntry> ordered, IndexCursor cursor, ThreadQuery.SortKey key,
                             boolean descending) {
        if (cursor == null) {
            return descending ? ordered.size() - 1 : 0;
        }
        // ascending: the first entry after the cursor; descending: the last entry before it
        return descending
                ? firstNotBefore(ordered, cursor, key, false) - 1
                : firstNotBefore(ordered, cursor, key, true);
    }

    /** Binary search for the first entry sorting after the cursor, or at it too unless {@code strictlyAfter}. */
    private static int firstNotBefore(List<IndexEntry> ordered, IndexCursor cursor, ThreadQuery.SortKey key,
                                      boolean strictlyAfter) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            IndexEntry e = ordered.get(mid);
            int cmp = Long.compare(e.sortValue(key), cursor.value());
            if (cmp == 0) {
                cmp = e.id().compareTo(cursor.id());
            }
            if (cmp < 0 || (cmp == 0 && strictlyAfter)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
