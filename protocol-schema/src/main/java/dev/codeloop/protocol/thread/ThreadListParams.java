package dev.codeloop.protocol.thread;

import java.util.List;

/**
 * {@code thread/list}: stored threads, newest first by default.
 *
 * @param cursor         the previous page's {@code nextCursor}; null for the first page
 * @param limit          page size: 50 when null, at most 200; negative values are refused
 * @param sortKey        what to sort by; {@code created_at} when null
 * @param sortDirection  descending (newest first) unless {@code asc}
 * @param modelProviders only threads of these model providers; null or empty for any
 * @param sourceKinds    only threads created by these kinds of client; null or empty for any
 * @param archived       true lists the archived threads; null or false the active ones
 * @param cwd            only threads whose working directory is exactly this one (or one of these)
 * @param searchTerm     only threads whose name or preview contains this text (case-sensitive)
 */
public record ThreadListParams(
        String cursor,
        Integer limit,
        ThreadSortKey sortKey,
        SortDirection sortDirection,
        List<String> modelProviders,
        List<String> sourceKinds,
        Boolean archived,
        CwdFilter cwd,
        String searchTerm) {
}
