package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * A thread was unloaded from memory.
 *
 * @param threadId the unloaded thread
 */
public record ThreadClosedNotification(@Required String threadId) {
}
