package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * The thread as stored after unarchiving.
 *
 * @param thread the thread
 */
public record ThreadUnarchiveResponse(@Required ThreadInfo thread) {
}
