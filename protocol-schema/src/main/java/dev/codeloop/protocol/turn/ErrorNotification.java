package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/**
 * A turn-level error; with {@code willRetry} the server is retrying, otherwise the turn fails.
 *
 * @param error     what went wrong
 * @param willRetry whether the server retries the model request (the turn goes on) or the turn fails
 * @param threadId  the thread it belongs to
 * @param turnId    the turn it belongs to
 */
public record ErrorNotification(
        @Required TurnError error,
        boolean willRetry,
        @Required String threadId,
        @Required String turnId) {
}
