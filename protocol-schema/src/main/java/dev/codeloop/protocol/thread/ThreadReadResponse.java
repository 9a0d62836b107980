package dev.codeloop.protocol.thread;

/** The thread as stored. */
public record ThreadReadResponse(ThreadInfo thread) {
}
