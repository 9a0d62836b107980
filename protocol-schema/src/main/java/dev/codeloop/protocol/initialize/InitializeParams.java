package dev.codeloop.protocol.initialize;

import dev.codeloop.protocol.Required;

/**
 * {@code initialize} params: the first request of every connection.
 *
 * @param clientInfo   who the client is
 * @param capabilities what this connection opts in to or out of; null for the defaults
 */
public record InitializeParams(@Required ClientInfo clientInfo, InitializeCapabilities capabilities) {
}
