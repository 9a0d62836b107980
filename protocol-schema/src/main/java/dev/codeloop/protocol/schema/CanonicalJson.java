package dev.codeloop.protocol.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON in one canonical form, so that generated files compare byte for byte: object keys sorted, two-space
 * indentation, one array element per line, {@code "key": value}, a trailing newline (the layout of Codex's
 * generated schema files).
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, out);
        return out.append('\n').toString();
    }

    public static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }

    private static void write(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            if (entries.isEmpty()) {
                out.append("{}");
                return;
            }
            entries.sort(Map.Entry.comparingByKey());
            out.append("{\n");
            for (int i = 0; i < entries.size(); i++) {
                indent(depth + 1, out);
                out.append(MAPPER.writeValueAsString(entries.get(i).getKey())).append(": ");
                write(entries.get(i).getValue(), depth + 1, out);
                out.append(i + 1 < entries.size() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                indent(depth + 1, out);
                write(node.get(i), depth + 1, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append(']');
        } else {
            out.append(MAPPER.writeValueAsString(node));
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }
}
