package dev.codeloop.protocol.thread;

import java.util.List;

/**
 * {@code thread/list}: stored threads, newest first by default. {@code archived}: null/false lists the
 * active ones, true the archived ones; {@code searchTerm} is a case-sensitive substring of the name or preview.
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
