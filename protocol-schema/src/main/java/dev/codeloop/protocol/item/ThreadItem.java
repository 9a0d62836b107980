package dev.codeloop.protocol.item;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.codeloop.protocol.Required;
import java.util.List;

/**
 * One entry of a conversation as clients render it; {@code type} says which kind. Every item carries its
 * lifecycle times ({@code startedAtMs}, {@code completedAtMs}), flat on the wire.
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

    /**
     * What the user sent.
     *
     * @param id            the item's id
     * @param clientId      never set by Codeloop (always null)
     * @param content       the pieces of the user's input
     * @param startedAtMs   when the item started, in epoch milliseconds; null until known
     * @param completedAtMs when the item completed, in epoch milliseconds; null until it completes
     */
    record UserMessage(
            @Required String id,
            String clientId,
            @Required List<UserInput> content,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }

    /**
     * An answer from the assistant.
     *
     * @param id            the item's id
     * @param text          the answer text; complete on {@code item/completed}
     * @param phase         never set by Codeloop (always null)
     * @param startedAtMs   when the item started, in epoch milliseconds; null until known
     * @param completedAtMs when the item completed, in epoch milliseconds; null until it completes
     */
    record AgentMessage(
            @Required String id,
            @Required String text,
            String phase,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }

    /**
     * The model's reasoning.
     *
     * @param id            the item's id
     * @param summary       the reasoning summary parts, in order
     * @param content       raw reasoning text, when a model exposes it
     * @param startedAtMs   when the item started, in epoch milliseconds; null until known
     * @param completedAtMs when the item completed, in epoch milliseconds; null until it completes
     */
    record Reasoning(
            @Required String id,
            List<String> summary,
            List<String> content,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }

    /**
     * A shell command the model ran.
     *
     * @param id               the item's id
     * @param command          the full command line as one shell-quoted string
     * @param cwd              the directory the command runs in
     * @param processId        the OS process id, as a string; null when unknown
     * @param source           who started the command; always {@code agent} in Codeloop
     * @param status           where the command stands
     * @param commandActions   what the command does, parsed for display (a pipeline may do several things)
     * @param aggregatedOutput the output, stdout and stderr merged; null until the command ends
     * @param exitCode         the exit code; null until the command ends
     * @param durationMs       how long the command ran, in milliseconds; null until it ends
     * @param startedAtMs      when the item started, in epoch milliseconds; null until known
     * @param completedAtMs    when the item completed, in epoch milliseconds; null until it completes
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

    /**
     * File edits made (or proposed) by the model's apply_patch call.
     *
     * @param id            the id of the model's apply_patch call
     * @param changes       the edits, one entry per file
     * @param status        whether the edits are pending, applied, failed or declined
     * @param startedAtMs   when the item started, in epoch milliseconds; null until known
     * @param completedAtMs when the item completed, in epoch milliseconds; null until it completes
     */
    record FileChange(
            @Required String id,
            @Required List<FileUpdateChange> changes,
            @Required PatchApplyStatus status,
            Long startedAtMs,
            Long completedAtMs) implements ThreadItem {
    }
}
