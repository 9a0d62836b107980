package dev.codeloop.protocol.thread;

/** What unsubscribing did. */
public record ThreadUnsubscribeResponse(ThreadUnsubscribeStatus status) {
}
