package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * Bring an archived thread back.
 *
 * @param threadId the thread to unarchive
 */
public record ThreadUnarchiveParams(@Required String threadId) {
}
