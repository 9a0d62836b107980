package dev.codeloop.protocol.item;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.codeloop.protocol.Required;

/** What a command does, parsed for display: reading a file, listing, searching, or something else. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CommandAction.Read.class, name = "read"),
        @JsonSubTypes.Type(value = CommandAction.ListFiles.class, name = "listFiles"),
        @JsonSubTypes.Type(value = CommandAction.Search.class, name = "search"),
        @JsonSubTypes.Type(value = CommandAction.Unknown.class, name = "unknown"),
})
public sealed interface CommandAction {

    /**
     * Reads a file.
     *
     * @param command the command, or the part of a pipeline, this action was read from
     * @param name    the file's name, for display
     * @param path    the file, as the command names it
     */
    record Read(@Required String command, @Required String name, @Required String path) implements CommandAction {
    }

    /**
     * Lists files.
     *
     * @param command the command, or the part of a pipeline, this action was read from
     * @param path    the directory listed, shortened for display; null when the command names none
     */
    record ListFiles(@Required String command, String path) implements CommandAction {
    }

    /**
     * Searches files.
     *
     * @param command the command, or the part of a pipeline, this action was read from
     * @param query   what is searched for, or null
     * @param path    where it searches, shortened for display; null when the command names no path
     */
    record Search(@Required String command, String query, String path) implements CommandAction {
    }

    /**
     * Anything else.
     *
     * @param command the command, or the part of a pipeline, this action was read from
     */
    record Unknown(@Required String command) implements CommandAction {
    }
}
