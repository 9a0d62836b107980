package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * Give a thread a user-facing name (names need not be unique).
 *
 * @param threadId the thread to name
 * @param name     the new name
 */
public record ThreadSetNameParams(@Required String threadId, @Required String name) {
}
