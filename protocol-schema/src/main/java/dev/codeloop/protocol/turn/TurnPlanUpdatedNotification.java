package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;
import java.util.List;

/** The model's current plan for the turn (from its {@code update_plan} tool), replaced as a whole. */
public record TurnPlanUpdatedNotification(
        @Required String threadId,
        @Required String turnId,
        String explanation,
        @Required List<TurnPlanStep> plan) {
}
