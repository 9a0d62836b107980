package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * A thread was archived.
 *
 * @param threadId the archived thread
 */
public record ThreadArchivedNotification(@Required String threadId) {
}
