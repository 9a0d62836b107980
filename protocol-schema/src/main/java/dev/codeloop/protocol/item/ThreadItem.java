package dev.codeloop.protocol.item;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.codeloop.protocol.Required;
import java.util.List;

/**
 * One entry of a conversation as clients render it. Every item carries its lifecycle times
 * ({@code startedAtMs}, {@code completedAtMs}: epoch milliseconds, null until known), flat on the wire.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ThreadItem.UserMessage.class, name = "userMessage"),
        @JsonSubTypes.Type(value = ThreadItem.AgentMessage.class, name = "agentMessage"),
        @JsonSubTypes.Type(value = ThreadItem.Reasoning.class, name = "reasoning"),
        @JsonSubTypes.Type(value = ThreadItem.CommandExecution.class, name = "commandExecution"),
        @JsonSubTypes.Type(value = ThreadItem.FileChange.class, name = "fileChange"),
})
public sealed interface ThreadItem {

    String id();

    record UserMessage(
            @Required String id,
            String clientId,
            @Required List<UserInput> content,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }

    record AgentMessage(
            @Required String id,
            @Required String text,
            String phase,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }

    /** {@code summary}: the reasoning summary parts; {@code content}: raw reasoning text, when a model exposes it. */
    record Reasoning(
            @Required String id,
            List<String> summary,
            List<String> content,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }

    /**
     * A shell command the model ran. {@code command} is the full command line as one shell-quoted string;
     * {@code processId} is the OS pid as a string.
     */
    record CommandExecution(
            @Required String id,
            @Required String command,
            @Required String cwd,
            String processId,
            CommandExecutionSource source,
            @Required CommandExecutionStatus status,
            @Required List<CommandAction> commandActions,
            String aggregatedOutput,
            Integer exitCode,
            Long durationMs,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }

    /** File edits made (or proposed) by the model's apply_patch call; {@code id} is the call id. */
    record FileChange(
            @Required String id,
            @Required List<FileUpdateChange> changes,
            @Required PatchApplyStatus status,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }
}
