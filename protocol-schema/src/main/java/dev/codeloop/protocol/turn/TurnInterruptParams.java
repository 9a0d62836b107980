package dev.codeloop.protocol.turn;

import dev.codeloop.protocol.Required;

/** Stop the running turn now. */
public record TurnInterruptParams(@Required String threadId, @Required String turnId) {
}
