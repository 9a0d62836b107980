package dev.codeloop.core.tools;

/** What goes back to the model for a tool call. */
public record ToolResult(String output, boolean success) {

    public static ToolResult ok(String output) {
        return new ToolResult(output, true);
    }

    public static ToolResult error(String output) {
        return new ToolResult(output, false);
    }
}
