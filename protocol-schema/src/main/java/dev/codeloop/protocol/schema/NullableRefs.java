package dev.codeloop.protocol.schema;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites victools' nullable wrapper definitions ({@code X-nullable}) into Codex's inline form
 * {@code {"anyOf": [{"$ref": "#/definitions/X"}, {"type": "null"}]}}, and sorts every {@code required} list, so
 * that each named type has exactly one definition.
 */
final class NullableRefs {

    private static final String SUFFIX = "-nullable";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private NullableRefs() {
    }

    static ObjectNode inline(ObjectNode definitions) {
        List<String> wrappers = new ArrayList<>();
        for (String name : definitions.propertyNames()) {
            if (name.endsWith(SUFFIX)) {
                wrappers.add(name);
            }
        }
        wrappers.forEach(definitions::remove);
        rewrite(definitions);
        return definitions;
    }

    private static void rewrite(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.stringValue().endsWith(SUFFIX)) {
                String target = ref.stringValue().substring(0, ref.stringValue().length() - SUFFIX.length());
                object.remove("$ref");
                ArrayNode anyOf = object.putArray("anyOf");
                anyOf.addObject().put("$ref", target);
                anyOf.addObject().put("type", "null");
            }
            JsonNode required = object.get("required");
            if (required != null && required.isArray()) {
                List<String> names = new ArrayList<>();
                required.forEach(n -> names.add(n.stringValue()));
                names.sort(null);
                ArrayNode sorted = JSON.arrayNode();
                names.forEach(sorted::add);
                object.set("required", sorted);
            }
            for (var property : object.properties()) {
                rewrite(property.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(NullableRefs::rewrite);
        }
    }
}
