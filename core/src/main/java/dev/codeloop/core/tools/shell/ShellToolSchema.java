package dev.codeloop.core.tools.shell;

import dev.codeloop.json.JsonTrees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Schema of {@code shell_command}'s arguments, as offered to the model. */
final class ShellToolSchema {

    private ShellToolSchema() {
    }

    static JsonNode parameters() {
        ObjectNode schema = JsonTrees.NODES.objectNode();
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        props.putObject("command").put("type", "string")
                .put("description", "The shell script to run, e.g. \"rg -n 'TODO' src | head -50\".");
        props.putObject("workdir").put("type", "string")
                .put("description", "Directory to run in, relative to the working directory. Defaults to it.");
        props.putObject("timeout_ms").put("type", "number")
                .put("description", "Kill the command after this many milliseconds (default 60000).");
        ObjectNode permissions = props.putObject("sandbox_permissions");
        permissions.put("type", "string");
        permissions.putArray("enum").add("use_default").add("require_escalated");
        permissions.put("description", "Ask to run this command outside the sandbox (needs the user's approval).");
        props.putObject("justification").put("type", "string")
                .put("description", "With require_escalated: one sentence telling the user why it is needed.");
        schema.putArray("required").add("command");
        schema.put("additionalProperties", false);
        return schema;
    }
}
