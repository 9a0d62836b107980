package dev.codeloop.core.thread;

import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TurnSnapshot;
import java.nio.file.Path;
import java.util.List;

/**
 * A read-only picture of a thread for clients. Times are epoch seconds.
 *
 * @param preview the first user message, for thread lists
 * @param turns   empty unless asked for
 * @param path    the thread's log, or null for an ephemeral thread
 */
public record ThreadView(
        String id,
        boolean ephemeral,
        String preview,
        long createdAt,
        long updatedAt,
        ThreadRuntimeStatus status,
        ThreadSettings settings,
        Path path,
        List<TurnSnapshot> turns,
        String name,
        String forkedFromId,
        dev.codeloop.core.thread.store.GitInfo gitInfo) {
}
