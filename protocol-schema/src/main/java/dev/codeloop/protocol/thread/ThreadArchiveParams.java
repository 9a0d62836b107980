package dev.codeloop.protocol.thread;

/** Move a stored thread to the archive (it leaves thread/list unless archived:true is asked). */
public record ThreadArchiveParams(String threadId) {
}
