package dev.codeloop.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What happens to one file: added, deleted, or updated (and maybe moved). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PatchChangeKind.Add.class, name = "add"),
        @JsonSubTypes.Type(value = PatchChangeKind.Delete.class, name = "delete"),
        @JsonSubTypes.Type(value = PatchChangeKind.Update.class, name = "update"),
})
public sealed interface PatchChangeKind {

    /** The file is created. */
    record Add() implements PatchChangeKind {
    }

    /** The file is deleted. */
    record Delete() implements PatchChangeKind {
    }

    /**
     * The file is changed, and maybe moved.
     *
     * @param movePath the new path when the file is also moved, or null ({@code move_path}, snake_case as in Codex)
     */
    record Update(@JsonProperty("move_path") String movePath) implements PatchChangeKind {
    }
}
