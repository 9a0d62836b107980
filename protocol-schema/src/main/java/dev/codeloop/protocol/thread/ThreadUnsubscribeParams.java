package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * This connection stops following the thread; with nobody left, it is unloaded (a running turn is interrupted).
 *
 * @param threadId the thread to stop following
 */
public record ThreadUnsubscribeParams(@Required String threadId) {
}
