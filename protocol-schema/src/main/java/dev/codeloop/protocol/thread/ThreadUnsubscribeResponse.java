package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * What unsubscribing did.
 *
 * @param status {@code unsubscribed}, or {@code notLoaded} when the thread was not loaded
 */
public record ThreadUnsubscribeResponse(@Required ThreadUnsubscribeStatus status) {
}
