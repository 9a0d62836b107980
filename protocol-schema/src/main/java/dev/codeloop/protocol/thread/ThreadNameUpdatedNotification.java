package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * A thread's name changed.
 *
 * @param threadId   the thread
 * @param threadName its new name
 */
public record ThreadNameUpdatedNotification(@Required String threadId, String threadName) {
}
