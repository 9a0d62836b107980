package dev.codeloop.core.loop;

import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.item.Item;

/** How a turn ended: its status, why it failed (if it did), and the final answer (if any). */
public record TurnOutcome(TurnStatus status, TurnFailure failure, Item.AgentMessage finalAnswer) {
}
