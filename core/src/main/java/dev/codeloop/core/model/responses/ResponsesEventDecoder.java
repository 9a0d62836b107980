package dev.codeloop.core.model.responses;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.model.ModelError;
import dev.codeloop.core.model.ModelEvent;
import dev.codeloop.json.JsonTrees;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns Responses API SSE events into {@link ModelEvent}s. Stateless apart from noticing completion and
 * failure; unknown event types are ignored so new provider events never break a turn.
 */
final class ResponsesEventDecoder {

    private static final Pattern TRY_AGAIN = Pattern.compile("try again in\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)",
            Pattern.CASE_INSENSITIVE);

    /** A decoded SSE event: zero or one model event, or a failure the response reported. */
    record Decoded(ModelEvent event, ModelError failure) {
        static final Decoded NOTHING = new Decoded(null, null);
    }

    static final String TEXT_DELTA = "response.output_text.delta";
    static final String REASONING_DELTA = "response.reasoning_summary_text.delta";

    Decoded decode(String type, String data) {
        if (TEXT_DELTA.equals(type) || REASONING_DELTA.equals(type)) {
            ModelEvent fast = DeltaFastPath.read(type, data);
            if (fast != null) {
                return event(fast);
            }
        }
        return decodeTree(type, data);
    }

    /** The general path: every event read as a tree. */
    Decoded decodeTree(String type, String data) {
        JsonNode json = JsonTrees.read(data);
        String kind = type != null ? type : json.path("type").asString("");
        return switch (kind) {
            case "response.created" -> event(new ModelEvent.Created(json.path("response").path("id").asString(null)));
            case "response.output_item.added" -> outputItemAdded(json.path("item"));
            case "response.output_text.delta" ->
                    event(new ModelEvent.TextDelta(json.path("item_id").asString(""), json.path("delta").asString("")));
            case "response.reasoning_summary_part.added" -> event(new ModelEvent.ReasoningSummaryPartAdded(
                    json.path("item_id").asString(""), json.path("summary_index").asInt(0)));
            case "response.reasoning_summary_text.delta" -> event(new ModelEvent.ReasoningSummaryDelta(
                    json.path("item_id").asString(""), json.path("summary_index").asInt(0),
                    json.path("delta").asString("")));
            case "response.output_item.done" -> outputItemDone(json.path("item"));
            case "response.completed" -> completed(json.path("response"));
            case "response.failed" -> failure(json.path("response").path("error"));
            case "response.incomplete" -> new Decoded(null, new ModelError.ResponseFailed("incomplete",
                    "the response was incomplete: "
                            + json.path("response").path("incomplete_details").path("reason").asString("unknown"),
                    null));
            case "error" -> failure(json.has("error") ? json.path("error") : json);
            default -> Decoded.NOTHING;
        };
    }

    private static Decoded event(ModelEvent event) {
        return new Decoded(event, null);
    }

    private static Decoded outputItemAdded(JsonNode item) {
        ModelEvent.OutputKind kind = switch (item.path("type").asString("")) {
            case "message" -> ModelEvent.OutputKind.MESSAGE;
            case "reasoning" -> ModelEvent.OutputKind.REASONING;
            case "function_call" -> ModelEvent.OutputKind.FUNCTION_CALL;
            case "custom_tool_call" -> ModelEvent.OutputKind.CUSTOM_TOOL_CALL;
            default -> ModelEvent.OutputKind.OTHER;
        };
        return event(new ModelEvent.OutputItemAdded(kind, item.path("id").asString("")));
    }

    private static Decoded outputItemDone(JsonNode item) {
        String id = item.path("id").asString("");
        ResponseItem history = switch (item.path("type").asString("")) {
            case "message" -> message(item);
            case "reasoning" -> reasoning(item);
            case "function_call" -> new ResponseItem.FunctionCall(item.path("call_id").asString(""),
                    item.path("name").asString(""), item.path("arguments").asString(""));
            case "custom_tool_call" -> new ResponseItem.CustomToolCall(item.path("call_id").asString(""),
                    item.path("name").asString(""), item.path("input").asString(""));
            default -> null;
        };
        return history == null ? Decoded.NOTHING : event(new ModelEvent.OutputItemDone(id, history));
    }

    private static ResponseItem message(JsonNode item) {
        List<ResponseItem.ContentPart> parts = new ArrayList<>();
        for (JsonNode part : item.path("content")) {
            String type = part.path("type").asString("");
            if (type.equals("output_text")) {
                parts.add(new ResponseItem.ContentPart.OutputText(part.path("text").asString("")));
            } else if (type.equals("refusal")) {
                parts.add(new ResponseItem.ContentPart.OutputText(part.path("refusal").asString("")));
            }
        }
        return new ResponseItem.Message(item.path("role").asString("assistant"), parts);
    }

    private static ResponseItem reasoning(JsonNode item) {
        List<String> summary = new ArrayList<>();
        for (JsonNode part : item.path("summary")) {
            summary.add(part.path("text").asString(""));
        }
        JsonNode encrypted = item.path("encrypted_content");
        return new ResponseItem.Reasoning(item.path("id").asString(""), summary,
                encrypted.isString() ? encrypted.asString() : null);
    }

    private static Decoded completed(JsonNode response) {
        JsonNode usage = response.path("usage");
        TokenUsage tokens = usage.isObject() ? new TokenUsage(
                usage.path("input_tokens").asLong(0),
                usage.path("input_tokens_details").path("cached_tokens").asLong(0),
                usage.path("output_tokens").asLong(0),
                usage.path("output_tokens_details").path("reasoning_tokens").asLong(0),
                usage.path("total_tokens").asLong(0)) : null;
        return event(new ModelEvent.Completed(response.path("id").asString(null), tokens));
    }

    private static Decoded failure(JsonNode error) {
        String code = error.path("code").asString(error.path("type").asString(null));
        String message = error.path("message").asString(null);
        return new Decoded(null, new ModelError.ResponseFailed(code, message, retryAfterHint(message)));
    }

    /** Providers say "Please try again in 1.5s" in rate-limit messages; honour it as the retry delay. */
    static Duration retryAfterHint(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = TRY_AGAIN.matcher(message);
        if (!m.find()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        return m.group(2).equalsIgnoreCase("ms") ? Duration.ofMillis(Math.round(value))
                : Duration.ofMillis(Math.round(value * 1000));
    }
}
