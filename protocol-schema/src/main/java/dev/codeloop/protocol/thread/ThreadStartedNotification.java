package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * A thread was created (or forked).
 *
 * @param thread the new thread, without its turns
 */
public record ThreadStartedNotification(@Required ThreadInfo thread) {
}
