package dev.codeloop.testkit.model;

import tools.jackson.databind.node.ObjectNode;

/**
 * Output items of the Responses API, in the "in progress" shape sent with
 * {@code response.output_item.added} and the finished shape sent with {@code response.output_item.done}
 * and listed in {@code response.completed}.
 */
public final class OutputItems {
    private OutputItems() {}

    public static ObjectNode messageInProgress(String id) {
        ObjectNode item = item(id, "message");
        item.put("role", "assistant");
        item.put("status", "in_progress");
        item.putArray("content");
        return item;
    }

    public static ObjectNode message(String id, String text) {
        ObjectNode item = item(id, "message");
        item.put("role", "assistant");
        item.put("status", "completed");
        item.putArray("content").add(outputText(text));
        return item;
    }

    public static ObjectNode reasoningInProgress(String id) {
        ObjectNode item = item(id, "reasoning");
        item.putArray("summary");
        return item;
    }

    public static ObjectNode reasoning(String id, String summaryText, String encryptedContent) {
        ObjectNode item = item(id, "reasoning");
        item.putArray("summary").add(summaryText(summaryText));
        item.put("encrypted_content", encryptedContent);
        return item;
    }

    public static ObjectNode functionCallInProgress(String id, String callId, String name) {
        return functionCall(id, "in_progress", callId, name, "");
    }

    public static ObjectNode functionCall(String id, String callId, String name, String arguments) {
        return functionCall(id, "completed", callId, name, arguments);
    }

    public static ObjectNode customToolCallInProgress(String id, String callId, String name) {
        return customToolCall(id, "in_progress", callId, name, "");
    }

    public static ObjectNode customToolCall(String id, String callId, String name, String input) {
        return customToolCall(id, "completed", callId, name, input);
    }

    /** A {@code output_text} content part, as found in a message's {@code content}. */
    public static ObjectNode outputText(String text) {
        ObjectNode part = Json.object();
        part.put("type", "output_text");
        part.put("text", text);
        part.putArray("annotations");
        return part;
    }

    /** A {@code summary_text} part, as found in a reasoning item's {@code summary}. */
    public static ObjectNode summaryText(String text) {
        ObjectNode part = Json.object();
        part.put("type", "summary_text");
        part.put("text", text);
        return part;
    }

    private static ObjectNode functionCall(String id, String status, String callId, String name, String arguments) {
        ObjectNode item = item(id, "function_call");
        item.put("status", status);
        item.put("call_id", callId);
        item.put("name", name);
        item.put("arguments", arguments);
        return item;
    }

    private static ObjectNode customToolCall(String id, String status, String callId, String name, String input) {
        ObjectNode item = item(id, "custom_tool_call");
        item.put("status", status);
        item.put("call_id", callId);
        item.put("name", name);
        item.put("input", input);
        return item;
    }

    private static ObjectNode item(String id, String type) {
        ObjectNode item = Json.object();
        item.put("id", id);
        item.put("type", type);
        return item;
    }
}
