package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** A thread's name changed. */
public record ThreadNameUpdatedNotification(@Required String threadId, String threadName) {
}
