package dev.codeloop.protocol.initialize;

/** {@code initialize} params: the first request of every connection. */
public record InitializeParams(ClientInfo clientInfo, InitializeCapabilities capabilities) {
}
