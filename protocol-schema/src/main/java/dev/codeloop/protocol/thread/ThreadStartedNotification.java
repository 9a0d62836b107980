package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** A thread was created (or forked). */
public record ThreadStartedNotification(@Required ThreadInfo thread) {
}
