package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** What unsubscribing did. */
public record ThreadUnsubscribeResponse(@Required ThreadUnsubscribeStatus status) {
}
