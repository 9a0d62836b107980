package dev.codeloop.protocol.thread;

/** The thread after the rollback, with its remaining turns. */
public record ThreadRollbackResponse(ThreadInfo thread) {
}
