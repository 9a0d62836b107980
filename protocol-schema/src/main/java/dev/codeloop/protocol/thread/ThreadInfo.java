package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.turn.Turn;
import java.util.List;

// Codex's `Thread` type, named so that it never shadows java.lang.Thread.
/**
 * A conversation (Codex's {@code Thread}).
 *
 * @param id              the thread's id
 * @param sessionId       the same as {@code id}
 * @param forkedFromId    the thread this one was forked from; null otherwise
 * @param preview         the first user message, for thread lists; empty when there is none
 * @param ephemeral       whether the thread lives in memory only and is never stored
 * @param modelProvider   the id of the thread's model provider
 * @param model           the thread's model
 * @param reasoningEffort the thread's reasoning effort; null when unset
 * @param createdAt       when the thread was created, in epoch seconds
 * @param updatedAt       when the thread last changed, in epoch seconds
 * @param status          the thread's runtime status
 * @param path            the thread's log file on disk; null for an ephemeral thread
 * @param cwd             the working directory of the thread's commands
 * @param cliVersion      the Codeloop version of this server
 * @param originator      the {@code clientInfo.name} of the connected client
 * @param source          always {@code appServer}
 * @param gitInfo         the git state of the cwd when the thread was created; null when unknown
 * @param name            the user-facing name given with {@code thread/name/set}; null when it has none
 * @param projectId       never set by Codeloop (always null)
 * @param turns           the turns, oldest first; filled only by {@code thread/read} with {@code includeTurns}, {@code
 *                        thread/resume}, {@code thread/fork} and {@code thread/rollback}, and empty everywhere else
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
