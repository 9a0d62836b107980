package dev.codeloop.testkit.rpc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Small JSON helpers for writing protocol tests without ceremony. */
public final class Json {

    /** The mapper used for every line on the wire: compact, one message per line. */
    public static final JsonMapper MAPPER = JsonMapper.shared();

    private Json() {
    }

    /** Parses JSON text; throws Jackson's (unchecked) exception if it is not valid JSON. */
    public static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }

    /** Single-line JSON text of a node, as written on the wire. */
    public static String compact(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /**
     * An object from alternating keys and values, e.g. {@code object("threadId", id, "input", items)}. Values may
     * be JsonNodes, strings, numbers, booleans, null, Lists or Maps (converted by Jackson).
     */
    public static ObjectNode object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected key/value pairs, got " + keysAndValues.length + " items");
        }
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], MAPPER.valueToTree(keysAndValues[i + 1]));
        }
        return node;
    }
}
