package dev.codeloop.protocol.thread;

/** Read a thread's summary, and its turns when asked. */
public record ThreadReadParams(String threadId, Boolean includeTurns) {
}
