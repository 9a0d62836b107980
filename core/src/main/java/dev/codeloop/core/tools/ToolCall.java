package dev.codeloop.core.tools;

/**
 * A tool call from the model.
 *
 * @param callId the model's call id; also the id of the item the call shows up as
 * @param input  JSON arguments for function tools, raw text for freeform tools
 * @param freeform whether it came as a custom (freeform) tool call
 */
public record ToolCall(String callId, String name, String input, boolean freeform) {
}
