package dev.codeloop.protocol.turn;

import java.util.List;

/** The model's current plan for the turn (from its {@code update_plan} tool), replaced as a whole. */
public record TurnPlanUpdatedNotification(String threadId, String turnId, String explanation, List<TurnPlanStep> plan) {
}
