package dev.codeloop.protocol.config;

import dev.codeloop.protocol.Required;

/**
 * Something in the configuration or the machine will not work as configured; sent once, after {@code initialize}.
 *
 * @param summary one sentence for the user
 * @param details more detail, such as how to fix it; null when there is none
 * @param path    the file concerned, or null
 */
public record ConfigWarningNotification(@Required String summary, String details, String path) {
}
