package dev.codeloop.protocol.thread;

/** An empty object: the change is done (and announced by a notification). */
public record ThreadSetNameResponse() {
}
