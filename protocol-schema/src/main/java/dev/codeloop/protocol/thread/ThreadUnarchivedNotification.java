package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * A thread was unarchived.
 *
 * @param threadId the unarchived thread
 */
public record ThreadUnarchivedNotification(@Required String threadId) {
}
