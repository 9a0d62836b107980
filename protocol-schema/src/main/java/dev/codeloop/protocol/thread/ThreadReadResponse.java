package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** The thread as stored. */
public record ThreadReadResponse(@Required ThreadInfo thread) {
}
