package dev.codeloop.testkit.rpc;

import tools.jackson.databind.JsonNode;

/**
 * One message the server wrote, as handed to {@link AppServerProcess#onEveryServerMessage} hooks.
 *
 * @param json          the parsed line
 * @param requestMethod for a response or error response to one of our requests: that request's method (so a
 *                      validator can pick the response schema); null for everything else
 */
public record ServerMessage(JsonNode json, String requestMethod) {

    public MessageKind kind() {
        return MessageKind.of(json);
    }

    /** The {@code method} of a notification or request, else null. */
    public String method() {
        return Messages.methodOf(json);
    }
}
