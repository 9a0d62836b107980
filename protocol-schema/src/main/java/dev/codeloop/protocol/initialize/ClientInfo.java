package dev.codeloop.protocol.initialize;

import dev.codeloop.protocol.Required;

/** Who the client is; {@code name} identifies it in logs and the model request's originator header. */
public record ClientInfo(@Required String name, String title, @Required String version) {
}
