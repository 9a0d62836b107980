package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** Bring an archived thread back. */
public record ThreadUnarchiveParams(@Required String threadId) {
}
