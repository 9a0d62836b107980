package dev.codeloop.protocol.initialize;

/** Who the client is; {@code name} identifies it in logs and the model request's originator header. */
public record ClientInfo(String name, String title, String version) {
}
