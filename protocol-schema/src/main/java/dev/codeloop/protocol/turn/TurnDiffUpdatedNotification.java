package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/** The aggregated unified diff (git style) of everything the turn has changed so far. */
public record TurnDiffUpdatedNotification(@Required String threadId, @Required String turnId, @Required String diff) {
}
