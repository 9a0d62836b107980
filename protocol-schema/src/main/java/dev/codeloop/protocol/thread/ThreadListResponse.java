package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;
import java.util.List;

/** One page of threads; {@code nextCursor} is null on the last page. */
public record ThreadListResponse(@Required List<ThreadInfo> data, String nextCursor) {
}
