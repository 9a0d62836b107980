package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** A thread's runtime status changed. */
public record ThreadStatusChangedNotification(@Required String threadId, @Required ThreadStatus status) {
}
