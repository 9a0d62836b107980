package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.JsonFields.array;
import static dev.codeloop.core.thread.store.JsonFields.putIfNotNull;
import static dev.codeloop.core.thread.store.JsonFields.requiredString;
import static dev.codeloop.core.thread.store.JsonFields.string;

import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.history.ResponseItem.ContentPart;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Model-visible history items in the Responses API input shape, field for field and in the same order as
 * the request writer, so a stored item reads back equal to the original and is resent byte-identically.
 */
final class ResponseItemJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResponseItemJson() {
    }

    static ObjectNode write(ResponseItem item) {
        ObjectNode node = NODES.objectNode();
        switch (item) {
            case ResponseItem.Message m -> {
                node.put("type", "message");
                putIfNotNull(node, "role", m.role());
                if (m.content() != null) {
                    ArrayNode content = node.putArray("content");
                    m.content().forEach(part -> content.add(part(part)));
                }
            }
            case ResponseItem.Reasoning r -> {
                node.put("type", "reasoning");
                putIfNotNull(node, "id", r.id());
                if (r.summary() != null) {
                    ArrayNode summary = node.putArray("summary");
                    for (String text : r.summary()) {
                        ObjectNode part = summary.addObject().put("type", "summary_text");
                        putIfNotNull(part, "text", text);
                    }
                }
                putIfNotNull(node, "encrypted_content", r.encryptedContent());
            }
            case ResponseItem.FunctionCall c -> {
                node.put("type", "function_call");
                putIfNotNull(node, "name", c.name());
                putIfNotNull(node, "arguments", c.arguments());
                putIfNotNull(node, "call_id", c.callId());
            }
            case ResponseItem.FunctionCallOutput o -> {
                node.put("type", "function_call_output");
                putIfNotNull(node, "call_id", o.callId());
                putIfNotNull(node, "output", o.output());
            }
            case ResponseItem.CustomToolCall c -> {
                node.put("type", "custom_tool_call");
                putIfNotNull(node, "call_id", c.callId());
                putIfNotNull(node, "name", c.name());
                putIfNotNull(node, "input", c.input());
            }
            case ResponseItem.CustomToolCallOutput o -> {
                node.put("type", "custom_tool_call_output");
                putIfNotNull(node, "call_id", o.callId());
                putIfNotNull(node, "output", o.output());
            }
        }
        return node;
    }

    static ResponseItem read(JsonNode node) {
        String type = requiredString(node, "type");
        return switch (type) {
            case "message" -> new ResponseItem.Message(string(node, "role"), parts(array(node, "content")));
            case "reasoning" -> new ResponseItem.Reasoning(string(node, "id"), summary(array(node, "summary")),
                    string(node, "encrypted_content"));
            case "function_call" -> new ResponseItem.FunctionCall(string(node, "call_id"), string(node, "name"),
                    string(node, "arguments"));
            case "function_call_output" ->
                    new ResponseItem.FunctionCallOutput(string(node, "call_id"), string(node, "output"));
            case "custom_tool_call" -> new ResponseItem.CustomToolCall(string(node, "call_id"), string(node, "name"),
                    string(node, "input"));
            case "custom_tool_call_output" ->
                    new ResponseItem.CustomToolCallOutput(string(node, "call_id"), string(node, "output"));
            default -> throw new UnknownKindException("response item type", type);
        };
    }

    private static ObjectNode part(ContentPart part) {
        ObjectNode node = NODES.objectNode();
        switch (part) {
            case ContentPart.InputText t -> putIfNotNull(node.put("type", "input_text"), "text", t.text());
            case ContentPart.OutputText t -> putIfNotNull(node.put("type", "output_text"), "text", t.text());
            case ContentPart.InputImage i -> putIfNotNull(node.put("type", "input_image"), "image_url", i.imageUrl());
        }
        return node;
    }

    private static List<ContentPart> parts(List<JsonNode> nodes) {
        if (nodes == null) {
            return null;
        }
        List<ContentPart> parts = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            String type = requiredString(node, "type");
            parts.add(switch (type) {
                case "input_text" -> new ContentPart.InputText(string(node, "text"));
                case "output_text" -> new ContentPart.OutputText(string(node, "text"));
                case "input_image" -> new ContentPart.InputImage(string(node, "image_url"));
                default -> throw new UnknownKindException("content part type", type);
            });
        }
        return parts;
    }

    private static List<String> summary(List<JsonNode> nodes) {
        if (nodes == null) {
            return null;
        }
        List<String> texts = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            String type = requiredString(node, "type");
            if (!type.equals("summary_text")) {
                throw new UnknownKindException("reasoning summary type", type);
            }
            texts.add(string(node, "text"));
        }
        return texts;
    }
}
