package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/**
 * A piece of the assistant's answer text.
 *
 * @param threadId the thread it belongs to
 * @param turnId   the turn it belongs to
 * @param itemId   the {@code agentMessage} item it belongs to
 * @param delta    text to append to the item's text
 */
public record AgentMessageDeltaNotification(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        @Required String delta) {
}
