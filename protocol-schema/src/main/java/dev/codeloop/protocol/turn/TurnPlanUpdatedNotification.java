package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;
import java.util.List;

/**
 * The model's current plan for the turn (from its {@code update_plan} tool), replaced as a whole.
 *
 * @param threadId    the thread it belongs to
 * @param turnId      the turn it belongs to
 * @param explanation the model's note on the plan, or null
 * @param plan        the steps, in order
 */
public record TurnPlanUpdatedNotification(
        @Required String threadId,
        @Required String turnId,
        String explanation,
        @Required List<TurnPlanStep> plan) {
}
