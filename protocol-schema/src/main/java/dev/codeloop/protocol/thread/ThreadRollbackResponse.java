package dev.codeloop.protocol.thread;

/**
 * The thread after the rollback.
 *
 * @param thread the thread with its remaining turns
 */
public record ThreadRollbackResponse(ThreadInfo thread) {
}
