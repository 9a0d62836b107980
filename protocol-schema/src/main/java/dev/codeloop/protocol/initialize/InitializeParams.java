package dev.codeloop.protocol.initialize;

import dev.codeloop.protocol.Required;

/** {@code initialize} params: the first request of every connection. */
public record InitializeParams(@Required ClientInfo clientInfo, InitializeCapabilities capabilities) {
}
