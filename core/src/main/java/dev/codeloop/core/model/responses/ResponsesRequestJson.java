package dev.codeloop.core.model.responses;

import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.model.ModelFamily;
import dev.codeloop.core.model.ModelRequest;
import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.json.JsonTrees;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ModelRequest} as a Responses API body. Deterministic: the same history always gives the
 * same bytes, so each request's serialized input is a prefix of the next one's (the provider's prompt cache
 * keys on that).
 */
final class ResponsesRequestJson {

    String write(ModelRequest request) {
        ObjectNode body = JsonTrees.NODES.objectNode();
        body.put("model", request.model());
        if (request.instructions() != null) {
            body.put("instructions", request.instructions());
        }
        ArrayNode input = body.putArray("input");
        for (ResponseItem item : request.input()) {
            input.add(item(item));
        }
        ArrayNode tools = body.putArray("tools");
        for (ToolSpec tool : request.tools()) {
            tools.add(tool(tool));
        }
        body.put("tool_choice", "auto");
        body.put("parallel_tool_calls", request.parallelToolCalls());
        boolean reasoning = ModelFamily.supportsReasoning(request.model());
        if (reasoning) {
            ObjectNode r = body.putObject("reasoning");
            if (request.reasoningEffort() != null) {
                r.put("effort", request.reasoningEffort());
            }
            String summary = request.reasoningSummary() != null ? request.reasoningSummary() : "auto";
            if (!"none".equals(summary)) {
                r.put("summary", summary);
            }
        }
        body.put("store", false);
        body.put("stream", true);
        if (reasoning) {
            body.putArray("include").add("reasoning.encrypted_content");
        }
        if (request.promptCacheKey() != null) {
            body.put("prompt_cache_key", request.promptCacheKey());
        }
        if (request.verbosity() != null) {
            body.putObject("text").put("verbosity", request.verbosity());
        }
        return JsonTrees.toString(body);
    }

    private ObjectNode item(ResponseItem item) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        switch (item) {
            case ResponseItem.Message m -> {
                node.put("type", "message");
                node.put("role", m.role());
                ArrayNode content = node.putArray("content");
                for (ResponseItem.ContentPart part : m.content()) {
                    ObjectNode p = content.addObject();
                    switch (part) {
                        case ResponseItem.ContentPart.InputText t -> p.put("type", "input_text").put("text", t.text());
                        case ResponseItem.ContentPart.OutputText t -> p.put("type", "output_text").put("text", t.text());
                        case ResponseItem.ContentPart.InputImage i ->
                                p.put("type", "input_image").put("image_url", i.imageUrl());
                    }
                }
            }
            case ResponseItem.Reasoning r -> {
                node.put("type", "reasoning");
                ArrayNode summary = node.putArray("summary");
                for (String text : r.summary()) {
                    summary.addObject().put("type", "summary_text").put("text", text);
                }
                if (r.encryptedContent() != null) {
                    node.put("encrypted_content", r.encryptedContent());
                }
            }
            case ResponseItem.FunctionCall c -> node.put("type", "function_call")
                    .put("name", c.name()).put("arguments", c.arguments()).put("call_id", c.callId());
            case ResponseItem.FunctionCallOutput o -> node.put("type", "function_call_output")
                    .put("call_id", o.callId()).put("output", o.output());
            case ResponseItem.CustomToolCall c -> node.put("type", "custom_tool_call")
                    .put("call_id", c.callId()).put("name", c.name()).put("input", c.input());
            case ResponseItem.CustomToolCallOutput o -> node.put("type", "custom_tool_call_output")
                    .put("call_id", o.callId()).put("output", o.output());
        }
        return node;
    }

    private ObjectNode tool(ToolSpec tool) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        switch (tool) {
            case ToolSpec.Function f -> {
                node.put("type", "function");
                node.put("name", f.name());
                node.put("description", f.description());
                node.put("strict", false);
                node.set("parameters", f.parameters());
            }
            case ToolSpec.Freeform f -> {
                node.put("type", "custom");
                node.put("name", f.name());
                node.put("description", f.description());
                ObjectNode format = node.putObject("format");
                format.put("type", "grammar");
                format.put("syntax", f.syntax());
                format.put("definition", f.definition());
            }
        }
        return node;
    }
}
