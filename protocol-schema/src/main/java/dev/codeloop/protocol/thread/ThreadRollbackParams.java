package dev.codeloop.protocol.thread;

/** Drop the last numTurns turns from the model's context (files on disk are not reverted). */
public record ThreadRollbackParams(String threadId, Integer numTurns) {
}
