package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * Read a thread's summary, and its turns when asked.
 *
 * @param threadId     the thread to read
 * @param includeTurns true to fill {@code thread.turns}; null or false leaves it empty
 */
public record ThreadReadParams(@Required String threadId, Boolean includeTurns) {
}
