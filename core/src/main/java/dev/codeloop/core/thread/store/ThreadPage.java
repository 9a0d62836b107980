package dev.codeloop.core.thread.store;

import java.util.List;

/** One page of a thread listing; {@code nextCursor} is null on the last page. */
public record ThreadPage(List<IndexEntry> data, String nextCursor) {

    public ThreadPage {
        data = List.copyOf(data);
    }
}
