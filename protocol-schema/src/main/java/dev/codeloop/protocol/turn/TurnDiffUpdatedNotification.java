package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/**
 * The aggregated unified diff (git style) of everything the turn has changed so far.
 *
 * @param threadId the thread it belongs to
 * @param turnId   the turn it belongs to
 * @param diff     the whole diff so far, replacing the previous one
 */
public record TurnDiffUpdatedNotification(@Required String threadId, @Required String turnId, @Required String diff) {
}
