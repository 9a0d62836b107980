package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.turn.Turn;
import java.util.List;

/**
 * A conversation (Codex's {@code Thread} type; named so it never shadows {@code java.lang.Thread}). Timestamps are epoch seconds. {@code turns} is filled only by {@code thread/read} with
 * {@code includeTurns}, resume, fork and rollback; everywhere else it is empty.
 */
public record ThreadInfo(
        String id,
        String sessionId,
        String forkedFromId,
        String preview,
        boolean ephemeral,
        String modelProvider,
        String model,
        String reasoningEffort,
        long createdAt,
        long updatedAt,
        ThreadStatus status,
        String path,
        String cwd,
        String cliVersion,
        String originator,
        SessionSource source,
        GitInfo gitInfo,
        String name,
        String projectId,
        List<Turn> turns) {
}
