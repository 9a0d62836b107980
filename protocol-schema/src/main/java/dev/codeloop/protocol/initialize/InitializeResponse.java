package dev.codeloop.protocol.initialize;

import dev.codeloop.protocol.Required;

/**
 * {@code initialize} result.
 *
 * @param userAgent       the User-Agent the server sends to model providers for this client, like {@code codeloop/0.1.0
 *                        (linux; amd64) client/1.2}
 * @param codexHome       Codeloop's home directory, under Codex's field name so Codex clients find it
 * @param platformFamily  {@code unix} or {@code windows}
 * @param platformOs      the server's operating system: {@code linux}, {@code macos}, {@code windows}, or another
 *                        lowercase name
 * @param protocolVersion the version of Codeloop's protocol; a Codeloop addition (Codex clients ignore unknown fields)
 */
public record InitializeResponse(
        @Required String userAgent,
        @Required String codexHome,
        @Required String platformFamily,
        @Required String platformOs,
        String protocolVersion) {
}
