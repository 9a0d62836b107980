package dev.codeloop.protocol.initialize;

/**
 * {@code initialize} result. {@code codexHome} carries Codeloop's home directory under Codex's field name
 * so Codex clients find it; {@code protocolVersion} is our addition (Codex clients ignore unknown fields).
 */
public record InitializeResponse(
        String userAgent,
        String codexHome,
        String platformFamily,
        String platformOs,
        String protocolVersion) {
}
