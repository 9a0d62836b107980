package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** Move a stored thread to the archive (it leaves thread/list unless archived:true is asked). */
public record ThreadArchiveParams(@Required String threadId) {
}
