package dev.codeloop.protocol.initialize;

import dev.codeloop.protocol.Required;

/**
 * {@code initialize} result. {@code codexHome} carries Codeloop's home directory under Codex's field name
 * so Codex clients find it; {@code protocolVersion} is our addition (Codex clients ignore unknown fields).
 */
public record InitializeResponse(
        @Required String userAgent,
        @Required String codexHome,
        @Required String platformFamily,
        @Required String platformOs,
        String protocolVersion) {
}
