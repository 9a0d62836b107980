package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** A thread was unarchived. */
public record ThreadUnarchivedNotification(@Required String threadId) {
}
