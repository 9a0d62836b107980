package dev.codeloop.protocol.schema;

import dev.codeloop.protocol.schema.BreakingChange.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares two generated schemas (an older release and the current one) and lists every change that would break
 * a client built against the older one: a removed method or notification, a removed field, a changed type, a
 * field made required in params, a new required param field, a field no longer always sent in a result or
 * notification, a removed enum value, a changed discriminator (tag property renamed or a variant removed).
 * Additions (methods, optional fields, enum values, variants) pass.
 *
 * <p>Each payload is compared in its role: what clients send (client request params, server request results) may
 * not demand more; what clients receive (client request results, server notifications and requests) may not
 * promise less.
 */
public final class SchemaCompatibility {

    private enum Role { SENT_BY_CLIENT, RECEIVED_BY_CLIENT }

    private final Schema older;
    private final Schema newer;
    private final Set<BreakingChange> changes = new LinkedHashSet<>();
    private final Set<String> comparing = new HashSet<>();

    private SchemaCompatibility(Schema older, Schema newer) {
        this.older = older;
        this.newer = newer;
    }

    /** Breaking changes from the schema in {@code oldDir} to the one in {@code newDir} (both generated dirs). */
    public static List<BreakingChange> check(Path oldDir, Path newDir) {
        return check(Schema.read(oldDir), Schema.read(newDir));
    }

    /**
     * @param oldBundle  the older {@value SchemaGenerator#BUNDLE_FILE}
     * @param oldMethods the older {@value SchemaGenerator#METHODS_FILE}
     */
    public static List<BreakingChange> check(JsonNode oldBundle, JsonNode oldMethods, JsonNode newBundle,
                                             JsonNode newMethods) {
        return check(new Schema(oldBundle, oldMethods), new Schema(newBundle, newMethods));
    }

    private static List<BreakingChange> check(Schema older, Schema newer) {
        SchemaCompatibility compatibility = new SchemaCompatibility(older, newer);
        compatibility.compareMethods();
        return List.copyOf(compatibility.changes);
    }

    private void compareMethods() {
        for (Map.Entry<String, JsonNode> entry : older.methods.entrySet()) {
            String method = entry.getKey();
            JsonNode was = entry.getValue();
            JsonNode now = newer.methods.get(method);
            String direction = was.path("direction").asString();
            if (now == null || !now.path("direction").asString().equals(direction)) {
                boolean notification = direction.endsWith("Notification");
                String detail = now == null ? "" : "moved from " + direction + " to " + now.path("direction").asString();
                changes.add(new BreakingChange(notification ? Kind.REMOVED_NOTIFICATION : Kind.REMOVED_METHOD,
                        method, detail));
                continue;
            }
            boolean fromClient = direction.startsWith("Client");
            comparePayload(was.path("params"), now.path("params"), method + ".params",
                    fromClient ? Role.SENT_BY_CLIENT : Role.RECEIVED_BY_CLIENT);
            comparePayload(was.path("result"), now.path("result"), method + ".result",
                    fromClient ? Role.RECEIVED_BY_CLIENT : Role.SENT_BY_CLIENT);
        }
    }

    private void comparePayload(JsonNode oldName, JsonNode newName, String location, Role role) {
        if (oldName.isNull() || oldName.isMissingNode()) {
            return;
        }
        if (newName.isNull() || newName.isMissingNode()) {
            changes.add(new BreakingChange(Kind.CHANGED_TYPE, location, oldName.asString() + " → none"));
            return;
        }
        compare(older.ref(oldName.asString()), newer.ref(newName.asString()), location, role);
    }

    private void compare(JsonNode oldNode, JsonNode newNode, String location, Role role) {
        Shape was = older.shape(oldNode);
        Shape now = newer.shape(newNode);
        String key = was.name + "|" + now.name + "|" + role;
        if (was.name != null && !comparing.add(key)) {
            return; // a recursive type: already being compared further up
        }
        try {
            if (!was.kind.equals(now.kind)) {
                changes.add(new BreakingChange(Kind.CHANGED_TYPE, location, was.label() + " → " + now.label()));
                return;
            }
            switch (was.kind) {
                case "object" -> compareObjects(was.node, now.node, location, role);
                case "array" -> compare(was.node.path("items"), now.node.path("items"), location + "[]", role);
                case "enum" -> compareEnums(was.node, now.node, location);
                case "union" -> compareUnions(was.node, now.node, location, role);
                case "custom" -> {
                    if (!CanonicalJson.write(withoutDescriptions(was.node))
                            .equals(CanonicalJson.write(withoutDescriptions(now.node)))) {
                        changes.add(new BreakingChange(Kind.CHANGED_TYPE, location, "its wire shape changed"));
                    }
                }
                default -> { }
            }
        } finally {
            if (was.name != null) {
                comparing.remove(key);
            }
        }
    }

    private void compareObjects(JsonNode was, JsonNode now, String location, Role role) {
        Set<String> wasRequired = strings(was.path("required"));
        Set<String> nowRequired = strings(now.path("required"));
        JsonNode nowProperties = now.path("properties");
        for (var property : was.path("properties").properties()) {
            String name = property.getKey();
            String at = location + "." + name;
            JsonNode nowProperty = nowProperties.get(name);
            if (nowProperty == null) {
                changes.add(new BreakingChange(Kind.REMOVED_FIELD, at, ""));
                continue;
            }
            compare(property.getValue(), nowProperty, at, role);
            if (role == Role.SENT_BY_CLIENT && !wasRequired.contains(name) && nowRequired.contains(name)) {
                changes.add(new BreakingChange(Kind.FIELD_MADE_REQUIRED, at, ""));
            }
            if (role == Role.RECEIVED_BY_CLIENT && wasRequired.contains(name) && !nowRequired.contains(name)) {
                changes.add(new BreakingChange(Kind.FIELD_MADE_OPTIONAL, at, "was required, now optional"));
            }
        }
        if (role == Role.SENT_BY_CLIENT) {
            for (String name : nowRequired) {
                if (!was.path("properties").has(name)) {
                    changes.add(new BreakingChange(Kind.NEW_REQUIRED_FIELD, location + "." + name, ""));
                }
            }
        }
    }

    private void compareEnums(JsonNode was, JsonNode now, String location) {
        Set<String> values = strings(now.path("enum"));
        for (String value : strings(was.path("enum"))) {
            if (!values.contains(value)) {
                changes.add(new BreakingChange(Kind.REMOVED_ENUM_VALUE, location, "'" + value + "'"));
            }
        }
    }

    private void compareUnions(JsonNode was, JsonNode now, String location, Role role) {
        String wasTag = Schema.tagProperty(was);
        String nowTag = Schema.tagProperty(now);
        if (!wasTag.equals(nowTag)) {
            changes.add(new BreakingChange(Kind.CHANGED_DISCRIMINATOR, location,
                    "tag property '" + wasTag + "' → '" + nowTag + "'"));
            return;
        }
        Map<String, JsonNode> nowVariants = Schema.variants(now, nowTag);
        for (var variant : Schema.variants(was, wasTag).entrySet()) {
            JsonNode match = nowVariants.get(variant.getKey());
            String at = location + "<" + variant.getKey() + ">";
            if (match == null) {
                changes.add(new BreakingChange(Kind.CHANGED_DISCRIMINATOR, at,
                        "variant '" + variant.getKey() + "' of '" + wasTag + "' removed"));
            } else {
                compareObjects(variant.getValue(), match, at, role);
            }
        }
    }

    /** {@code node} without its {@code description} annotations: documentation is never a wire change. */
    static JsonNode withoutDescriptions(JsonNode node) {
        JsonNode copy = node.deepCopy();
        stripDescriptions(copy);
        return copy;
    }

    private static void stripDescriptions(JsonNode node) {
        if (node.isObject()) {
            var object = (tools.jackson.databind.node.ObjectNode) node;
            if (object.path("description").isString()) {
                object.remove("description");
            }
            object.properties().forEach(p -> stripDescriptions(p.getValue()));
        } else if (node.isArray()) {
            node.forEach(SchemaCompatibility::stripDescriptions);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** What a schema node is once refs and nullability are looked through. */
    private record Shape(String kind, JsonNode node, String name) {
        String label() {
            return name != null ? name + " (" + kind + ")" : kind;
        }
    }

    /** One side: the bundle's definitions and the method table. */
    private static final class Schema {
        final JsonNode definitions;
        final Map<String, JsonNode> methods = new LinkedHashMap<>();

        Schema(JsonNode bundle, JsonNode methodTable) {
            this.definitions = bundle.path(SchemaGenerator.DEFINITIONS);
            for (JsonNode row : methodTable.path("methods")) {
                methods.put(row.path("method").asString(), row);
            }
        }

        static Schema read(Path dir) {
            return new Schema(readJson(dir.resolve(SchemaGenerator.BUNDLE_FILE)),
                    readJson(dir.resolve(SchemaGenerator.METHODS_FILE)));
        }

        private static JsonNode readJson(Path file) {
            try {
                return CanonicalJson.parse(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        JsonNode ref(String definition) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                    .put("$ref", SchemaGenerator.REF_PREFIX + definition);
        }

        Shape shape(JsonNode node) {
            String name = null;
            JsonNode current = node;
            for (int hops = 0; hops < 16; hops++) {
                JsonNode ref = current.get("$ref");
                if (ref != null) {
                    name = ref.asString().substring(SchemaGenerator.REF_PREFIX.length());
                    current = definitions.path(name);
                    continue;
                }
                JsonNode allOf = current.get("allOf");
                if (allOf != null && allOf.size() == 1) {
                    current = allOf.get(0); // a described reference: {"allOf": [{"$ref": ...}], "description": ...}
                    continue;
                }
                JsonNode nonNull = withoutNull(current);
                if (nonNull == current) {
                    break;
                }
                current = nonNull;
            }
            return new Shape(kind(current), current, name);
        }

        /** {@code anyOf [X, null]} → X; {@code type [T, null]} → {@code type T}; else the node itself. */
        private static JsonNode withoutNull(JsonNode node) {
            JsonNode anyOf = node.get("anyOf");
            if (anyOf != null && anyOf.size() == 2) {
                for (int i = 0; i < 2; i++) {
                    if (anyOf.get(i).path("type").asString("").equals("null")) {
                        return anyOf.get(1 - i);
                    }
                }
            }
            JsonNode type = node.get("type");
            if (type != null && type.isArray()) {
                List<JsonNode> types = new ArrayList<>();
                type.forEach(t -> {
                    if (!t.asString().equals("null")) {
                        types.add(t);
                    }
                });
                var copy = ((tools.jackson.databind.node.ObjectNode) node).deepCopy();
                if (types.size() == 1) {
                    copy.set("type", types.get(0));
                } else {
                    copy.putArray("type").addAll(types);
                }
                return copy;
            }
            return node;
        }

        private static String kind(JsonNode node) {
            if (node.has("enum")) {
                return "enum";
            }
            if (node.has("oneOf") && !tagProperty(node).isEmpty()) {
                return "union";
            }
            if (node.has("oneOf") || node.has("anyOf")) {
                return "custom";
            }
            JsonNode type = node.get("type");
            if (type == null) {
                return "any";
            }
            return type.isArray() ? type.toString() : type.asString();
        }

        /** The property every variant pins with a one-value enum ("type"), or "" if this is no tagged union. */
        static String tagProperty(JsonNode union) {
            String tag = null;
            for (JsonNode variant : union.path("oneOf")) {
                String found = "";
                for (var property : variant.path("properties").properties()) {
                    if (property.getValue().path("enum").size() == 1
                            && strings(variant.path("required")).contains(property.getKey())) {
                        found = property.getKey();
                    }
                }
                if (found.isEmpty() || (tag != null && !tag.equals(found))) {
                    return "";
                }
                tag = found;
            }
            return tag == null ? "" : tag;
        }

        static Map<String, JsonNode> variants(JsonNode union, String tag) {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (JsonNode variant : union.path("oneOf")) {
                out.put(variant.path("properties").path(tag).path("enum").get(0).asString(), variant);
            }
            return out;
        }
    }
}
