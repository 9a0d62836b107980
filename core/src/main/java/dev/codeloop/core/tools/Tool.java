package dev.codeloop.core.tools;

import dev.codeloop.core.model.ToolSpec;
import java.util.List;

/** A capability offered to the model. */
public interface Tool {

    /** How the tool is described to the model. */
    ToolSpec spec();

    /** Other names the model may call this tool by (older or sibling tool shapes). */
    default List<String> aliases() {
        return List.of();
    }

    /**
     * Runs the call. Returns the output for the model; never throws for a bad call (the model is told what
     * was wrong instead). Must return promptly once {@code context.cancel()} fires.
     */
    ToolResult invoke(ToolCall call, ToolContext context);
}
