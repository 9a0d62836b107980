package dev.codeloop.protocol.thread;

/** Bring an archived thread back. */
public record ThreadUnarchiveParams(String threadId) {
}
