package dev.codeloop.protocol.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites victools' nullable wrapper definitions ({@code X-nullable}) into Codex's inline form
 * {@code {"anyOf": [{"$ref": "#/definitions/X"}, {"type": "null"}]}}, and sorts every {@code required} list, so
 * that each named type has exactly one definition. A described reference, which victools writes as
 * {@code {"allOf": [{"$ref": ...}, {"description": ...}]}}, becomes Codex's
 * {@code {"allOf": [{"$ref": ...}], "description": ...}} (or {@code {"anyOf": [..., null], "description": ...}} when
 * nullable).
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
        // Two passes: merging needs the nullable references already inlined.
        eachObject(definitions, NullableRefs::rewrite);
        eachObject(definitions, NullableRefs::mergeAttributes);
        return definitions;
    }

    /** Calls {@code action} on every object in {@code node}, each before what it contains (as changed by it). */
    private static void eachObject(JsonNode node, Consumer<ObjectNode> action) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            action.accept(object);
            for (var property : object.properties()) {
                eachObject(property.getValue(), action);
            }
        } else if (node.isArray()) {
            node.forEach(element -> eachObject(element, action));
        }
    }

    /** Moves {@code allOf} members that only carry attributes (no {@code $ref}, no type) up into their parent. */
    private static void mergeAttributes(ObjectNode object) {
        JsonNode allOf = object.get("allOf");
        if (allOf != null && allOf.isArray()) {
            List<JsonNode> kept = new ArrayList<>();
            for (JsonNode member : allOf) {
                if (member.isObject() && attributesOnly(member)) {
                    putAbsent(object, member);
                } else {
                    kept.add(member);
                }
            }
            if (kept.size() == 1 && !kept.get(0).has("$ref") && kept.get(0).isObject()) {
                object.remove("allOf");
                putAbsent(object, kept.get(0));
            } else if (kept.size() != allOf.size()) {
                ArrayNode members = JSON.arrayNode();
                kept.forEach(members::add);
                object.set("allOf", members);
            }
        }
    }

    /** Copies {@code source}'s properties into {@code target}, keeping those {@code target} has already. */
    private static void putAbsent(ObjectNode target, JsonNode source) {
        for (var property : source.properties()) {
            if (!target.has(property.getKey())) {
                target.set(property.getKey(), property.getValue());
            }
        }
    }

    private static boolean attributesOnly(JsonNode member) {
        for (String name : member.propertyNames()) {
            if (!name.equals("description") && !name.equals("title") && !name.equals("default")) {
                return false;
            }
        }
        return !member.isEmpty();
    }

    /** Inlines a nullable wrapper reference and sorts a {@code required} list. */
    private static void rewrite(ObjectNode object) {
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
    }
}
