package dev.codeloop.protocol.config;

import dev.codeloop.protocol.Required;

/**
 * Something in the configuration or the machine will not work as configured; sent once, after
 * {@code initialize}. {@code path} names the file concerned, if any.
 */
public record ConfigWarningNotification(@Required String summary, String details, String path) {
}
