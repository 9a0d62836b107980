package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** A thread was archived. */
public record ThreadArchivedNotification(@Required String threadId) {
}
