package dev.codeloop.protocol.thread;

/** A thread was created (or forked). */
public record ThreadStartedNotification(ThreadInfo thread) {
}
