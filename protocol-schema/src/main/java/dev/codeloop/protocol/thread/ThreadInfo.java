package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.turn.Turn;
import java.util.List;

// Codex's `Thread` type, named so that it never shadows java.lang.Thread.
/**
 * A conversation. Timestamps are epoch seconds. {@code turns} is filled only by {@code thread/read} with
 * {@code includeTurns}, resume, fork and rollback; everywhere else it is empty.
 */
public record ThreadInfo(
        @Required String id,
        @Required String sessionId,
        String forkedFromId,
        @Required String preview,
        boolean ephemeral,
        @Required String modelProvider,
        String model,
        String reasoningEffort,
        long createdAt,
        long updatedAt,
        @Required ThreadStatus status,
        String path,
        @Required String cwd,
        @Required String cliVersion,
        String originator,
        @Required SessionSource source,
        GitInfo gitInfo,
        String name,
        String projectId,
        @Required List<Turn> turns) {
}
