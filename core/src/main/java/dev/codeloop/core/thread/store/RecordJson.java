package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.JsonFields.array;
import static dev.codeloop.core.thread.store.JsonFields.object;
import static dev.codeloop.core.thread.store.JsonFields.optInt;
import static dev.codeloop.core.thread.store.JsonFields.putIfNotNull;
import static dev.codeloop.core.thread.store.JsonFields.requiredInt;
import static dev.codeloop.core.thread.store.JsonFields.requiredLong;
import static dev.codeloop.core.thread.store.JsonFields.requiredObject;
import static dev.codeloop.core.thread.store.JsonFields.requiredString;
import static dev.codeloop.core.thread.store.JsonFields.string;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.ReasoningEffort;
import dev.codeloop.core.config.ReasoningSummary;
import dev.codeloop.core.event.PlanStep;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.thread.store.RolloutRecord.HistoryItem;
import dev.codeloop.core.thread.store.RolloutRecord.ItemCompleted;
import dev.codeloop.core.thread.store.RolloutRecord.Meta;
import dev.codeloop.core.thread.store.RolloutRecord.PlanUpdated;
import dev.codeloop.core.thread.store.RolloutRecord.RolledBack;
import dev.codeloop.core.thread.store.RolloutRecord.TokenCount;
import dev.codeloop.core.thread.store.RolloutRecord.TurnCompleted;
import dev.codeloop.core.thread.store.RolloutRecord.TurnContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Each record kind's {@code type} name and {@code payload} object. */
final class RecordJson {

    private RecordJson() {
    }

    static String kind(RolloutRecord record) {
        return switch (record) {
            case Meta ignored -> "session_meta";
            case TurnContext ignored -> "turn_context";
            case HistoryItem ignored -> "response_item";
            case ItemCompleted ignored -> "item_completed";
            case PlanUpdated ignored -> "plan_updated";
            case TokenCount ignored -> "token_count";
            case TurnCompleted ignored -> "turn_completed";
            case RolledBack ignored -> "thread_rolled_back";
        };
    }

    static ObjectNode payload(RolloutRecord record) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (record) {
            case Meta m -> {
                return ThreadMetaJson.write(m.meta());
            }
            case TurnContext c -> {
                node.put("turn_id", c.turnId());
                node.put("started_at_ms", c.startedAtMs());
                node.put("cwd", c.cwd().toString());
                node.put("model", c.model());
                node.put("approval_policy", WireNames.of(c.approvalPolicy()));
                node.set("sandbox_policy", SandboxPolicyJson.write(c.sandbox()));
                putIfNotNull(node, "effort", WireNames.ofNullable(c.effort()));
                putIfNotNull(node, "summary", WireNames.ofNullable(c.summary()));
            }
            case HistoryItem h -> {
                putIfNotNull(node, "turn_id", h.turnId());
                node.set("item", ResponseItemJson.write(h.item()));
            }
            case ItemCompleted i -> {
                putIfNotNull(node, "turn_id", i.turnId());
                node.set("item", ItemJson.write(i.item()));
            }
            case PlanUpdated p -> {
                putIfNotNull(node, "turn_id", p.turnId());
                putIfNotNull(node, "explanation", p.explanation());
                ArrayNode plan = node.putArray("plan");
                for (PlanStep step : p.plan()) {
                    ObjectNode s = plan.addObject();
                    putIfNotNull(s, "step", step.step());
                    putIfNotNull(s, "status", WireNames.ofNullable(step.status()));
                }
            }
            case TokenCount t -> {
                putIfNotNull(node, "turn_id", t.turnId());
                node.set("total", usage(t.total()));
                if (t.last() != null) {
                    node.set("last", usage(t.last()));
                }
            }
            case TurnCompleted t -> {
                node.put("turn_id", t.turnId());
                node.put("status", WireNames.of(t.status()));
                if (t.failure() != null) {
                    node.set("failure", failure(t.failure()));
                }
                node.put("completed_at_ms", t.completedAtMs());
            }
            case RolledBack r -> node.put("num_turns", r.numTurns());
        }
        return node;
    }

    /** The record of kind {@code kind}, or null for a kind this version does not know. */
    static RolloutRecord read(String kind, JsonNode payload) {
        return switch (kind) {
            case "session_meta" -> new Meta(ThreadMetaJson.read(payload));
            case "turn_context" -> new TurnContext(
                    requiredString(payload, "turn_id"),
                    requiredLong(payload, "started_at_ms"),
                    Path.of(requiredString(payload, "cwd")),
                    requiredString(payload, "model"),
                    WireNames.parse(ApprovalPolicy.class, requiredString(payload, "approval_policy")),
                    SandboxPolicyJson.read(requiredObject(payload, "sandbox_policy")),
                    WireNames.parse(ReasoningEffort.class, string(payload, "effort")),
                    WireNames.parse(ReasoningSummary.class, string(payload, "summary")));
            case "response_item" -> new HistoryItem(string(payload, "turn_id"),
                    ResponseItemJson.read(requiredObject(payload, "item")));
            case "item_completed" -> new ItemCompleted(string(payload, "turn_id"),
                    ItemJson.read(requiredObject(payload, "item")));
            case "plan_updated" -> new PlanUpdated(string(payload, "turn_id"), string(payload, "explanation"),
                    plan(payload));
            case "token_count" -> {
                JsonNode last = object(payload, "last");
                yield new TokenCount(string(payload, "turn_id"), usage(requiredObject(payload, "total")),
                        last == null ? null : usage(last));
            }
            case "turn_completed" -> {
                JsonNode failure = object(payload, "failure");
                yield new TurnCompleted(requiredString(payload, "turn_id"),
                        WireNames.parse(TurnSnapshot.TurnStatus.class, requiredString(payload, "status")),
                        failure == null ? null : failure(failure),
                        requiredLong(payload, "completed_at_ms"));
            }
            case "thread_rolled_back" -> new RolledBack(requiredInt(payload, "num_turns"));
            default -> null;
        };
    }

    private static List<PlanStep> plan(JsonNode payload) {
        List<PlanStep> steps = new ArrayList<>();
        List<JsonNode> nodes = array(payload, "plan");
        if (nodes != null) {
            for (JsonNode node : nodes) {
                steps.add(new PlanStep(string(node, "step"),
                        WireNames.parse(PlanStep.Status.class, string(node, "status"))));
            }
        }
        return steps;
    }

    private static ObjectNode usage(TokenUsage usage) {
        return JsonNodeFactory.instance.objectNode()
                .put("input_tokens", usage.inputTokens())
                .put("cached_input_tokens", usage.cachedInputTokens())
                .put("output_tokens", usage.outputTokens())
                .put("reasoning_output_tokens", usage.reasoningOutputTokens())
                .put("total_tokens", usage.totalTokens());
    }

    private static TokenUsage usage(JsonNode node) {
        return new TokenUsage(
                requiredLong(node, "input_tokens"),
                requiredLong(node, "cached_input_tokens"),
                requiredLong(node, "output_tokens"),
                requiredLong(node, "reasoning_output_tokens"),
                requiredLong(node, "total_tokens"));
    }

    private static ObjectNode failure(TurnFailure failure) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        putIfNotNull(node, "message", failure.message());
        putIfNotNull(node, "kind", WireNames.ofNullable(failure.kind()));
        putIfNotNull(node, "http_status", failure.httpStatus());
        putIfNotNull(node, "additional_details", failure.additionalDetails());
        return node;
    }

    /** A failure kind from a newer version reads as OTHER: the turn still failed, only the detail is lost. */
    private static TurnFailure failure(JsonNode node) {
        TurnFailure.Kind kind;
        try {
            kind = WireNames.parse(TurnFailure.Kind.class, string(node, "kind"));
        } catch (UnknownKindException e) {
            kind = TurnFailure.Kind.OTHER;
        }
        return new TurnFailure(string(node, "message"), kind,
                optInt(node, "http_status"),
                string(node, "additional_details"));
    }
}
