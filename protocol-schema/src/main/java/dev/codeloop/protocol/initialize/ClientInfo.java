package dev.codeloop.protocol.initialize;

import dev.codeloop.protocol.Required;

/**
 * Who the client is.
 *
 * @param name    the client's name: it identifies the client in logs and in the model request's originator and
 *                User-Agent headers, so it must be printable ASCII
 * @param title   a human-readable name for the client
 * @param version the client's version, added to the User-Agent after its name
 */
public record ClientInfo(@Required String name, String title, @Required String version) {
}
