package dev.codeloop.protocol.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TypeScript declarations for client authors, derived from the generated JSON Schema (so the two cannot
 * disagree): one {@value #FILE} with an interface or type per definition, the message unions
 * {@code ClientRequest}, {@code ClientNotification}, {@code ServerRequest}, {@code ServerNotification} typed by
 * method, and {@code ClientRequestResults}/{@code ServerRequestResults} mapping each request method to its result.
 * Required fields are plain, optional ones {@code name?: T | null}.
 */
public final class TypeScriptGenerator {

    public static final String FILE = "index.ts";

    private TypeScriptGenerator() {
    }

    public static GeneratedFiles generate(ProtocolSurface surface) {
        SortedMap<String, ObjectNode> documents = SchemaGenerator.documents(surface);
        JsonNode definitions = documents.get(SchemaGenerator.BUNDLE_FILE).path(SchemaGenerator.DEFINITIONS);
        JsonNode methods = documents.get(SchemaGenerator.METHODS_FILE).path("methods");
        StringBuilder out = new StringBuilder();
        out.append("// Codeloop app-server protocol: TypeScript declarations. GENERATED from the JSON Schema by\n")
                .append("// `bin/codeloop app-server generate-ts --out DIR`");
        out.append(surface.includesExperimental() ? " --experimental" : "").append("; do not edit.\n");
        for (var entry : sorted(definitions)) {
            if (isMessageUnion(entry.getKey())) {
                continue;
            }
            declare(entry.getKey(), entry.getValue(), out);
        }
        messageUnion(MethodUnions.CLIENT_REQUEST, methods, true, out);
        messageUnion(MethodUnions.CLIENT_NOTIFICATION, methods, false, out);
        messageUnion(MethodUnions.SERVER_REQUEST, methods, true, out);
        messageUnion(MethodUnions.SERVER_NOTIFICATION, methods, false, out);
        resultMap("ClientRequestResults", MethodUnions.CLIENT_REQUEST, methods, out);
        resultMap("ServerRequestResults", MethodUnions.SERVER_REQUEST, methods, out);
        return new GeneratedFiles(".ts", new TreeMap<>(java.util.Map.of(FILE, out.toString())));
    }

    private static boolean isMessageUnion(String name) {
        return name.equals(MethodUnions.CLIENT_REQUEST) || name.equals(MethodUnions.CLIENT_NOTIFICATION)
                || name.equals(MethodUnions.SERVER_REQUEST) || name.equals(MethodUnions.SERVER_NOTIFICATION);
    }

    private static void declare(String name, JsonNode schema, StringBuilder out) {
        out.append('\n');
        description(schema, "", out);
        if (isObject(schema)) {
            out.append("export interface ").append(name).append(' ');
            objectBody(schema, "", out);
            out.append('\n');
            return;
        }
        JsonNode oneOf = schema.get("oneOf");
        if (oneOf != null && allTitledObjects(oneOf)) {
            List<String> members = new ArrayList<>();
            for (JsonNode variant : oneOf) {
                members.add(variant.get("title").asString());
            }
            out.append("export type ").append(name).append(" = ").append(String.join(" | ", members)).append(";\n");
            for (JsonNode variant : oneOf) {
                out.append('\n');
                description(variant, "", out);
                out.append("export interface ").append(variant.get("title").asString()).append(' ');
                objectBody(variant, "", out);
                out.append('\n');
            }
            return;
        }
        out.append("export type ").append(name).append(" = ").append(type(schema, "")).append(";\n");
    }

    private static void messageUnion(String union, JsonNode methods, boolean request, StringBuilder out) {
        out.append("\n/** Every ").append(union).append(" message, by method. */\n");
        out.append("export type ").append(union).append(" =");
        boolean any = false;
        for (JsonNode method : methods) {
            if (!method.path("direction").asString().equals(union)) {
                continue;
            }
            any = true;
            out.append("\n  | { ");
            if (request) {
                out.append("id: RequestId; ");
            }
            out.append("method: ").append(literal(method.path("method").asString())).append("; ");
            if (!method.path("params").isNull()) {
                out.append("params: ").append(method.path("params").asString()).append("; ");
            }
            if (union.equals(MethodUnions.SERVER_NOTIFICATION)) {
                out.append("emittedAtMs?: number; ");
            }
            out.append('}');
        }
        out.append(any ? ";\n" : " never;\n");
    }

    private static void resultMap(String name, String union, JsonNode methods, StringBuilder out) {
        out.append("\n/** The result of each ").append(union).append(", by method. */\n");
        out.append("export interface ").append(name).append(" {\n");
        for (JsonNode method : methods) {
            if (method.path("direction").asString().equals(union)) {
                out.append("  ").append(literal(method.path("method").asString())).append(": ")
                        .append(method.path("result").asString()).append(";\n");
            }
        }
        out.append("}\n");
    }

    private static void objectBody(JsonNode schema, String indent, StringBuilder out) {
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            out.append(schema.has("additionalProperties") ? "{ [key: string]: unknown }" : "{}");
            return;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        out.append("{\n");
        for (var property : sorted(properties)) {
            description(property.getValue(), indent + "  ", out);
            out.append(indent).append("  ").append(propertyName(property.getKey()))
                    .append(required.contains(property.getKey()) ? ": " : "?: ")
                    .append(type(property.getValue(), indent + "  ")).append(";\n");
        }
        out.append(indent).append('}');
    }

    /** The TypeScript type expression of a schema node. */
    private static String type(JsonNode schema, String indent) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            return ref.asString().substring(SchemaGenerator.REF_PREFIX.length());
        }
        JsonNode enumValues = schema.get("enum");
        if (enumValues != null) {
            List<String> literals = new ArrayList<>();
            enumValues.forEach(v -> literals.add(literal(v.asString())));
            return String.join(" | ", literals);
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null) {
            List<String> types = new ArrayList<>();
            allOf.forEach(m -> types.add(type(m, indent)));
            return String.join(" & ", types);
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            JsonNode members = schema.get(combinator);
            if (members != null) {
                List<String> types = new ArrayList<>();
                members.forEach(m -> types.add(type(m, indent)));
                return String.join(" | ", types);
            }
        }
        JsonNode typeNode = schema.get("type");
        if (typeNode == null) {
            return "unknown";
        }
        List<String> types = new ArrayList<>();
        if (typeNode.isArray()) {
            typeNode.forEach(t -> types.add(primitive(t.asString(), schema, indent)));
        } else {
            types.add(primitive(typeNode.asString(), schema, indent));
        }
        return String.join(" | ", types);
    }

    private static String primitive(String jsonType, JsonNode schema, String indent) {
        return switch (jsonType) {
            case "string" -> "string";
            case "integer", "number" -> "number";
            case "boolean" -> "boolean";
            case "null" -> "null";
            case "array" -> "Array<" + type(schema.path("items"), indent) + ">";
            case "object" -> {
                if (schema.has("properties")) {
                    StringBuilder body = new StringBuilder();
                    objectBody(schema, indent, body);
                    yield body.toString();
                }
                JsonNode values = schema.get("additionalProperties");
                yield "{ [key: string]: " + (values == null || !values.isObject() ? "unknown" : type(values, indent))
                        + " }";
            }
            default -> throw new IllegalArgumentException("unknown JSON type " + jsonType);
        };
    }

    private static boolean isObject(JsonNode schema) {
        return schema.path("type").asString("").equals("object") && schema.has("properties");
    }

    private static boolean allTitledObjects(JsonNode variants) {
        for (JsonNode variant : variants) {
            if (!variant.has("title") || !variant.path("type").asString("").equals("object")) {
                return false;
            }
        }
        return true;
    }

    /** The schema's description as a JSDoc comment: one line when it is one line, else one line per line. */
    private static void description(JsonNode schema, String indent, StringBuilder out) {
        JsonNode description = schema.get("description");
        if (description == null || !description.isString() || description.asString().isBlank()) {
            return;
        }
        List<String> lines = description.asString().replace("*/", "*\\/").lines().toList();
        if (lines.size() == 1) {
            out.append(indent).append("/** ").append(lines.get(0)).append(" */\n");
            return;
        }
        out.append(indent).append("/**\n");
        for (String line : lines) {
            out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
        }
        out.append(indent).append(" */\n");
    }

    private static String propertyName(String name) {
        return name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? name : literal(name);
    }

    private static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<java.util.Map.Entry<String, JsonNode>> sorted(JsonNode object) {
        List<java.util.Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
        entries.sort(java.util.Map.Entry.comparingByKey());
        return entries;
    }
}
