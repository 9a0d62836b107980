package dev.codeloop.core.tools.plan;

import dev.codeloop.core.event.PlanStep;
import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.core.tools.Tool;
import dev.codeloop.core.tools.ToolCall;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import dev.codeloop.json.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code update_plan}: the model keeps a short checklist for the turn; each call replaces it and the client
 * sees it as {@code turn/plan/updated}. At most one step may be in progress.
 */
public final class UpdatePlanTool implements Tool {

    public static final String NAME = "update_plan";

    private final ToolSpec spec = new ToolSpec.Function(NAME, """
            Records your plan for this task as a short list of steps, each pending, in_progress or completed, \
            and shows it to the user. Send the whole list each time; keep at most one step in_progress. Use it \
            for multi-step work, and update it as steps are done.""", parameters());

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult invoke(ToolCall call, ToolContext context) {
        JsonNode args;
        try {
            args = JsonTrees.read(call.input() == null || call.input().isBlank() ? "{}" : call.input());
        } catch (JacksonException e) {
            return ToolResult.error("failed to parse function arguments as JSON: " + e.getOriginalMessage());
        }
        JsonNode plan = args.get("plan");
        if (plan == null || !plan.isArray()) {
            return ToolResult.error("missing required argument `plan` (an array of {step, status})");
        }
        List<PlanStep> steps = new ArrayList<>();
        int inProgress = 0;
        for (int i = 0; i < plan.size(); i++) {
            JsonNode entry = plan.get(i);
            String step = entry.path("step").asString("");
            if (step.isBlank()) {
                return ToolResult.error("plan[" + i + "].step must be a non-empty string");
            }
            PlanStep.Status status = status(entry.path("status").asString(""));
            if (status == null) {
                return ToolResult.error("plan[" + i + "].status must be one of pending, in_progress, completed");
            }
            if (status == PlanStep.Status.IN_PROGRESS) {
                inProgress++;
            }
            steps.add(new PlanStep(step, status));
        }
        if (inProgress > 1) {
            return ToolResult.error("at most one step can be in_progress at a time; " + inProgress + " were given");
        }
        JsonNode explanation = args.get("explanation");
        context.events().planUpdated(explanation != null && explanation.isString() ? explanation.asString() : null,
                steps);
        return ToolResult.ok("Plan updated");
    }

    private static PlanStep.Status status(String value) {
        return switch (value) {
            case "pending" -> PlanStep.Status.PENDING;
            case "in_progress", "inProgress" -> PlanStep.Status.IN_PROGRESS;
            case "completed" -> PlanStep.Status.COMPLETED;
            default -> null;
        };
    }

    private static JsonNode parameters() {
        ObjectNode schema = JsonTrees.NODES.objectNode();
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        props.putObject("explanation").put("type", "string")
                .put("description", "Optional: why the plan changed.");
        ObjectNode plan = props.putObject("plan");
        plan.put("type", "array");
        plan.put("description", "The steps, in order.");
        ObjectNode item = plan.putObject("items");
        item.put("type", "object");
        ObjectNode itemProps = item.putObject("properties");
        itemProps.putObject("step").put("type", "string");
        ObjectNode status = itemProps.putObject("status");
        status.put("type", "string");
        status.putArray("enum").add("pending").add("in_progress").add("completed");
        item.putArray("required").add("step").add("status");
        item.put("additionalProperties", false);
        schema.putArray("required").add("plan");
        schema.put("additionalProperties", false);
        return schema;
    }
}
