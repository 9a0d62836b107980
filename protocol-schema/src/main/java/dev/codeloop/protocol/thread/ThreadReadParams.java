package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** Read a thread's summary, and its turns when asked. */
public record ThreadReadParams(@Required String threadId, Boolean includeTurns) {
}
