package dev.codeloop.testkit.model;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Payloads ({@code data:} JSON) of Responses API stream events. Each carries its {@code type}, which is
 * also the SSE {@code event:} name. {@code sequence_number} is left out: {@link SseStreamBuilder} stamps
 * it, since only the stream knows an event's position.
 */
public final class ResponsesEvents {
    private ResponsesEvents() {}

    public static ObjectNode responseCreated(String responseId) {
        ObjectNode event = event("response.created");
        event.set("response", response(responseId, "in_progress", List.of()));
        return event;
    }

    public static ObjectNode outputItemAdded(int outputIndex, ObjectNode item) {
        ObjectNode event = event("response.output_item.added");
        event.put("output_index", outputIndex);
        event.set("item", item);
        return event;
    }

    public static ObjectNode outputItemDone(int outputIndex, ObjectNode item) {
        ObjectNode event = event("response.output_item.done");
        event.put("output_index", outputIndex);
        event.set("item", item);
        return event;
    }

    public static ObjectNode contentPartAdded(String itemId, int outputIndex, int contentIndex) {
        ObjectNode event = itemEvent("response.content_part.added", itemId, outputIndex);
        event.put("content_index", contentIndex);
        event.set("part", OutputItems.outputText(""));
        return event;
    }

    public static ObjectNode outputTextDelta(String itemId, int outputIndex, int contentIndex, String delta) {
        ObjectNode event = itemEvent("response.output_text.delta", itemId, outputIndex);
        event.put("content_index", contentIndex);
        event.put("delta", delta);
        return event;
    }

    public static ObjectNode outputTextDone(String itemId, int outputIndex, int contentIndex, String text) {
        ObjectNode event = itemEvent("response.output_text.done", itemId, outputIndex);
        event.put("content_index", contentIndex);
        event.put("text", text);
        return event;
    }

    public static ObjectNode contentPartDone(String itemId, int outputIndex, int contentIndex, String text) {
        ObjectNode event = itemEvent("response.content_part.done", itemId, outputIndex);
        event.put("content_index", contentIndex);
        event.set("part", OutputItems.outputText(text));
        return event;
    }

    public static ObjectNode reasoningSummaryPartAdded(String itemId, int outputIndex, int summaryIndex) {
        ObjectNode event = itemEvent("response.reasoning_summary_part.added", itemId, outputIndex);
        event.put("summary_index", summaryIndex);
        event.set("part", OutputItems.summaryText(""));
        return event;
    }

    public static ObjectNode reasoningSummaryTextDelta(String itemId, int outputIndex, int summaryIndex, String delta) {
        ObjectNode event = itemEvent("response.reasoning_summary_text.delta", itemId, outputIndex);
        event.put("summary_index", summaryIndex);
        event.put("delta", delta);
        return event;
    }

    public static ObjectNode reasoningSummaryTextDone(String itemId, int outputIndex, int summaryIndex, String text) {
        ObjectNode event = itemEvent("response.reasoning_summary_text.done", itemId, outputIndex);
        event.put("summary_index", summaryIndex);
        event.put("text", text);
        return event;
    }

    public static ObjectNode reasoningSummaryPartDone(String itemId, int outputIndex, int summaryIndex, String text) {
        ObjectNode event = itemEvent("response.reasoning_summary_part.done", itemId, outputIndex);
        event.put("summary_index", summaryIndex);
        event.set("part", OutputItems.summaryText(text));
        return event;
    }

    public static ObjectNode functionCallArgumentsDelta(String itemId, int outputIndex, String delta) {
        ObjectNode event = itemEvent("response.function_call_arguments.delta", itemId, outputIndex);
        event.put("delta", delta);
        return event;
    }

    public static ObjectNode functionCallArgumentsDone(String itemId, int outputIndex, String arguments) {
        ObjectNode event = itemEvent("response.function_call_arguments.done", itemId, outputIndex);
        event.put("arguments", arguments);
        return event;
    }

    public static ObjectNode customToolCallInputDelta(String itemId, int outputIndex, String delta) {
        ObjectNode event = itemEvent("response.custom_tool_call_input.delta", itemId, outputIndex);
        event.put("delta", delta);
        return event;
    }

    public static ObjectNode customToolCallInputDone(String itemId, int outputIndex, String input) {
        ObjectNode event = itemEvent("response.custom_tool_call_input.done", itemId, outputIndex);
        event.put("input", input);
        return event;
    }

    public static ObjectNode responseCompleted(String responseId, List<ObjectNode> output, Usage usage) {
        ObjectNode event = event("response.completed");
        ObjectNode response = response(responseId, "completed", output);
        response.set("usage", usage(usage));
        event.set("response", response);
        return event;
    }

    public static ObjectNode responseIncomplete(String responseId, String reason, List<ObjectNode> output, Usage usage) {
        ObjectNode event = event("response.incomplete");
        ObjectNode response = response(responseId, "incomplete", output);
        response.putObject("incomplete_details").put("reason", reason);
        response.set("usage", usage(usage));
        event.set("response", response);
        return event;
    }

    public static ObjectNode responseFailed(String responseId, String code, String message) {
        ObjectNode event = event("response.failed");
        ObjectNode response = response(responseId, "failed", List.of());
        ObjectNode error = response.putObject("error");
        error.put("code", code);
        error.put("message", message);
        event.set("response", response);
        return event;
    }

    /** The top-level {@code error} event the API sends when a stream fails outside any response. */
    public static ObjectNode error(String code, String message) {
        ObjectNode event = event("error");
        event.put("code", code);
        event.put("message", message);
        event.putNull("param");
        return event;
    }

    public static ObjectNode usage(Usage usage) {
        ObjectNode node = Json.object();
        node.put("input_tokens", usage.inputTokens());
        node.putObject("input_tokens_details").put("cached_tokens", usage.cachedInputTokens());
        node.put("output_tokens", usage.outputTokens());
        node.putObject("output_tokens_details").put("reasoning_tokens", usage.reasoningOutputTokens());
        node.put("total_tokens", usage.totalTokens());
        return node;
    }

    private static ObjectNode response(String responseId, String status, List<ObjectNode> output) {
        ObjectNode response = Json.object();
        response.put("id", responseId);
        response.put("object", "response");
        response.put("status", status);
        var items = response.putArray("output");
        output.forEach(item -> items.add(item.deepCopy()));
        return response;
    }

    private static ObjectNode itemEvent(String type, String itemId, int outputIndex) {
        ObjectNode event = event(type);
        event.put("item_id", itemId);
        event.put("output_index", outputIndex);
        return event;
    }

    private static ObjectNode event(String type) {
        ObjectNode event = Json.object();
        event.put("type", type);
        return event;
    }
}
