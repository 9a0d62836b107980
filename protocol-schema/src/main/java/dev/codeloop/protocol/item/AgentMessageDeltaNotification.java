package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/** A piece of the assistant's answer text. */
public record AgentMessageDeltaNotification(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        @Required String delta) {
}
