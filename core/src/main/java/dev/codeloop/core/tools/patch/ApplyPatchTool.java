package dev.codeloop.core.tools.patch;

import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.core.tools.Tool;
import dev.codeloop.core.tools.ToolCall;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import dev.codeloop.core.tools.patch.engine.ApplyPatchGrammar;
import dev.codeloop.json.JsonTrees;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code apply_patch}: file edits in Codex's patch format. Offered as a freeform (custom) tool constrained by
 * its grammar, or as a JSON function {@code {input}} for models without custom tools.
 */
public final class ApplyPatchTool implements Tool {

    public static final String NAME = "apply_patch";

    private final ToolSpec spec;

    private ApplyPatchTool(ToolSpec spec) {
        this.spec = spec;
    }

    public static ApplyPatchTool freeform() {
        return new ApplyPatchTool(new ToolSpec.Freeform(NAME, description(), "lark", ApplyPatchGrammar.LARK));
    }

    public static ApplyPatchTool function() {
        ObjectNode schema = JsonTrees.NODES.objectNode();
        schema.put("type", "object");
        schema.putObject("properties").putObject("input").put("type", "string")
                .put("description", "The whole patch, from *** Begin Patch to *** End Patch.");
        schema.putArray("required").add("input");
        schema.put("additionalProperties", false);
        return new ApplyPatchTool(new ToolSpec.Function(NAME, description(), schema));
    }

    private static String description() {
        return "Edits files: adds, updates, deletes or moves them with one patch, applied all or nothing. "
                + "Use it for every file change instead of shell redirection or sed.\n\n"
                + ApplyPatchGrammar.INSTRUCTIONS;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult invoke(ToolCall call, ToolContext context) {
        String patch = call.input();
        if (!call.freeform()) {
            try {
                JsonNode args = JsonTrees.read(call.input() == null ? "{}" : call.input());
                JsonNode input = args.get("input");
                if (input == null || !input.isString()) {
                    return ToolResult.error("missing required argument `input` (the patch text)");
                }
                patch = input.asString();
            } catch (JacksonException e) {
                // Some models send the raw patch even to the JSON variant: accept it as such.
                patch = call.input();
            }
        }
        return PatchExecution.run(patch, call.callId(), context.cwd(), context);
    }
}
