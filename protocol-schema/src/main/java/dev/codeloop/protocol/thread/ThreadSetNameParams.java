package dev.codeloop.protocol.thread;

/** Give a thread a user-facing name (names need not be unique). */
public record ThreadSetNameParams(String threadId, String name) {
}
