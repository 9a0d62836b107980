package dev.codeloop.core.model;

import dev.codeloop.json.JsonTrees;
import tools.jackson.databind.JsonNode;

/** A tool as offered to the model. */
public sealed interface ToolSpec {

    String name();

    /** A tool called with JSON arguments matching {@code parameters} (a JSON Schema object). */
    record Function(String name, String description, JsonNode parameters) implements ToolSpec {

        /** The record's usual text, with the schema written without a mapper (a node's own toString builds one). */
        @Override
        public String toString() {
            return "Function[name=" + name + ", description=" + description + ", parameters="
                    + JsonTrees.toString(parameters) + "]";
        }
    }

    /**
     * A freeform ("custom") tool whose input is raw text constrained by a grammar, e.g. apply_patch.
     *
     * @param syntax     grammar syntax, e.g. {@code lark}
     * @param definition the grammar itself
     */
    record Freeform(String name, String description, String syntax, String definition) implements ToolSpec {
    }
}
