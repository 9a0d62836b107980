package dev.codeloop.testkit.rpc;

import tools.jackson.databind.JsonNode;

/**
 * The four shapes a JSON-RPC message can take on the Codex wire (no {@code "jsonrpc"} field),
 * told apart by which top-level keys are present.
 */
public enum MessageKind {
    /** {@code {id, method, params?}}: expects a response. */
    REQUEST,
    /** {@code {method, params?}} (server notifications may add {@code emittedAtMs}). */
    NOTIFICATION,
    /** {@code {id, result}}. */
    RESPONSE,
    /** {@code {id, error:{code, message, data?}}}. */
    ERROR,
    /** Anything else: not an object, or both/neither of result and error. */
    INVALID;

    public static MessageKind of(JsonNode message) {
        if (message == null || !message.isObject()) {
            return INVALID;
        }
        if (message.has("method")) {
            return message.has("id") ? REQUEST : NOTIFICATION;
        }
        boolean result = message.has("result");
        boolean error = message.has("error");
        if (result == error) {
            return INVALID;
        }
        return result ? RESPONSE : ERROR;
    }
}
