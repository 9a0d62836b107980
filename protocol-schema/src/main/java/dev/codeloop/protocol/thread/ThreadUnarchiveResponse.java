package dev.codeloop.protocol.thread;

/** The thread as stored after unarchiving. */
public record ThreadUnarchiveResponse(ThreadInfo thread) {
}
