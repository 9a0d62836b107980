package dev.codeloop.protocol.thread;

/**
 * Drop the last turns from the model's context (files on disk are not reverted).
 *
 * @param threadId the thread; required
 * @param numTurns how many of the last turns to drop; required
 */
public record ThreadRollbackParams(String threadId, Integer numTurns) {
}
