package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * The thread as stored.
 *
 * @param thread the thread; its turns only with {@code includeTurns}
 */
public record ThreadReadResponse(@Required ThreadInfo thread) {
}
