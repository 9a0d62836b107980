package dev.codeloop.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What happens to one file: added, deleted, or updated (and maybe moved; {@code move_path} is snake_case as in Codex). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PatchChangeKind.Add.class, name = "add"),
        @JsonSubTypes.Type(value = PatchChangeKind.Delete.class, name = "delete"),
        @JsonSubTypes.Type(value = PatchChangeKind.Update.class, name = "update"),
})
public sealed interface PatchChangeKind {

    record Add() implements PatchChangeKind {
    }

    record Delete() implements PatchChangeKind {
    }

    record Update(@JsonProperty("move_path") String movePath) implements PatchChangeKind {
    }
}
