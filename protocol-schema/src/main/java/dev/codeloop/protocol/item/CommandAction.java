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

    record Read(@Required String command, @Required String name, @Required String path) implements CommandAction {
    }

    record ListFiles(@Required String command, String path) implements CommandAction {
    }

    record Search(@Required String command, String query, String path) implements CommandAction {
    }

    record Unknown(@Required String command) implements CommandAction {
    }
}
