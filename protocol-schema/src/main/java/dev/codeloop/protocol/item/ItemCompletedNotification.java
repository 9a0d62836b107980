package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/**
 * An item is final. Authoritative: clients should replace whatever they built from deltas.
 *
 * @param item          the item in its final state
 * @param threadId      the thread it belongs to
 * @param turnId        the turn it belongs to
 * @param completedAtMs when the item completed, in epoch milliseconds
 */
public record ItemCompletedNotification(
        @Required ThreadItem item,
        @Required String threadId,
        @Required String turnId,
        long completedAtMs) {
}
