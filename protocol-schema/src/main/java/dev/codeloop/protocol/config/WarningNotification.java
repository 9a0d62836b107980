package dev.codeloop.protocol.config;

import dev.codeloop.protocol.Required;

/**
 * {@code warning}: something the user should see that does not fail anything, for one thread or the server.
 *
 * @param message  concise text for the user
 * @param threadId the thread it concerns, or null
 */
public record WarningNotification(@Required String message, String threadId) {
}
