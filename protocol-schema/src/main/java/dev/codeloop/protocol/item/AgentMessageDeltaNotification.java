package dev.codeloop.protocol.item;

/** A piece of the assistant's answer text. */
public record AgentMessageDeltaNotification(String threadId, String turnId, String itemId, String delta) {
}
