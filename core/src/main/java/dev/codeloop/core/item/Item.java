package dev.codeloop.core.item;

import java.util.List;

/**
 * What a client renders of a conversation: the user's messages, the agent's answers, its reasoning and
 * the commands it ran. Core's own types; the app server maps them to the wire. Times are epoch millis,
 * null until known.
 */
public sealed interface Item {

    String id();

    Long startedAtMs();

    Long completedAtMs();

    record UserMessage(String id, List<UserContent> content, Long startedAtMs, Long completedAtMs) implements Item {
    }

    record AgentMessage(String id, String text, Long startedAtMs, Long completedAtMs) implements Item {
    }

    record Reasoning(String id, List<String> summary, List<String> content, Long startedAtMs, Long completedAtMs)
            implements Item {
    }

    /**
     * A command the model ran. {@code command} is the full, shell-quoted command line; {@code exitCode},
     * {@code durationMs} and {@code aggregatedOutput} are null until it ends.
     */
    record CommandExecution(
            String id,
            String command,
            String cwd,
            Long processId,
            CommandStatus status,
            List<CommandAction> actions,
            String aggregatedOutput,
            Integer exitCode,
            Long durationMs,
            Long startedAtMs,
            Long completedAtMs) implements Item {
    }

    enum CommandStatus { IN_PROGRESS, COMPLETED, FAILED, DECLINED }

    /** File edits the model made (or proposed, while waiting for approval). */
    record FileChange(String id, List<FileUpdate> changes, PatchStatus status, Long startedAtMs, Long completedAtMs)
            implements Item {
    }

    /**
     * One file of a {@link FileChange}.
     *
     * @param path     absolute path
     * @param movePath the new absolute path for a rename, or null
     * @param diff     for an add the new content, for a delete the old content, for an update a unified diff
     */
    record FileUpdate(String path, FileUpdateKind kind, String movePath, String diff) {
    }

    enum FileUpdateKind { ADD, DELETE, UPDATE }

    enum PatchStatus { IN_PROGRESS, COMPLETED, FAILED, DECLINED }
}
