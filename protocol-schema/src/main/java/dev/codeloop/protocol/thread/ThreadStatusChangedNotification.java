package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * A thread's runtime status changed.
 *
 * @param threadId the thread
 * @param status   its new status
 */
public record ThreadStatusChangedNotification(@Required String threadId, @Required ThreadStatus status) {
}
