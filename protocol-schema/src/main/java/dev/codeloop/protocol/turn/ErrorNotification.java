package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/** A turn-level error; with willRetry the server is retrying, otherwise the turn fails. */
public record ErrorNotification(
        @Required TurnError error,
        boolean willRetry,
        @Required String threadId,
        @Required String turnId) {
}
