package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** Give a thread a user-facing name (names need not be unique). */
public record ThreadSetNameParams(@Required String threadId, @Required String name) {
}
