package dev.codeloop.protocol.thread;

import java.util.List;

/** One page of threads; {@code nextCursor} is null on the last page. */
public record ThreadListResponse(List<ThreadInfo> data, String nextCursor) {
}
