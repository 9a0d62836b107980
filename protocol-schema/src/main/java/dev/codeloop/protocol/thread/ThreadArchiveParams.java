package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * Move a stored thread to the archive (it leaves {@code thread/list} unless {@code archived: true} is asked).
 *
 * @param threadId the thread to archive
 */
public record ThreadArchiveParams(@Required String threadId) {
}
