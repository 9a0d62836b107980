package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For every method we share with Codex, our schema never requires a field that Codex's 0.169.0 schema
 * (testkit's {@code codex-reference/schema-0.169.0/}) leaves optional, at any depth of params and results:
 * otherwise a message a Codex client or server legitimately writes would fail our schema. Walks both schemas
 * side by side (refs, nullable wrappers, arrays, tagged-union variants matched by tag).
 */
class RequiredFieldsConformanceTest {

    private static final String CODEX = "codex-reference/schema-0.169.0/";

    private final JsonNode ourDefinitions = SchemaGenerator.documents(ProtocolSurface.STABLE)
            .get(SchemaGenerator.BUNDLE_FILE).get(SchemaGenerator.DEFINITIONS);
    private final List<String> stricter = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();

    @Test
    void ourRequiredFieldsAreNeverStricterThanCodex() {
        Set<String> compared = new TreeSet<>();
        for (var row : SchemaGenerator.documents(ProtocolSurface.STABLE).get(SchemaGenerator.METHODS_FILE)
                .get("methods")) {
            String method = row.get("method").asString();
            JsonNode union = codex(row.get("direction").asString() + ".json");
            JsonNode branch = branchOf(union, method);
            if (branch == null) {
                continue; // our extension: nothing to be compatible with
            }
            if (!row.get("params").isNull()) {
                compare(ref(row.get("params").asString()), ourDefinitions, branch.at("/properties/params"),
                        union.path("definitions"), method + ".params");
            }
            if (!row.get("result").isNull()) {
                JsonNode codexResult = codexResultFile(row.get("result").asString());
                assertTrue(codexResult != null, "no Codex result schema named " + row.get("result").asString());
                compare(ref(row.get("result").asString()), ourDefinitions, codexResult,
                        codexResult.path("definitions"), method + ".result");
            }
            compared.add(method);
        }
        assertTrue(stricter.isEmpty(), "fields we require but Codex does not (Codex messages would fail our schema;"
                + " drop @Required there):\n  " + String.join("\n  ", stricter));
        assertTrue(compared.containsAll(Set.of("initialize", "thread/start", "turn/start", "item/completed",
                "item/commandExecution/requestApproval")), "compared only " + compared);
    }

    private void compare(JsonNode ours, JsonNode ourDefs, JsonNode codex, JsonNode codexDefs, String at) {
        ours = resolve(ours, ourDefs);
        codex = resolve(codex, codexDefs);
        if (!visited.add(at)) {
            return;
        }
        if (ours.has("properties") && codex.has("properties")) {
            Set<String> codexRequired = strings(codex.path("required"));
            for (String field : strings(ours.path("required"))) {
                if (!codexRequired.contains(field)) {
                    stricter.add(at + "." + field);
                }
            }
            for (var property : ours.get("properties").properties()) {
                JsonNode other = codex.get("properties").get(property.getKey());
                if (other != null) {
                    compare(property.getValue(), ourDefs, other, codexDefs, at + "." + property.getKey());
                }
            }
        } else if (ours.has("items") && codex.has("items")) {
            compare(ours.get("items"), ourDefs, codex.get("items"), codexDefs, at + "[]");
        } else if (ours.has("oneOf") && (codex.has("oneOf") || codex.has("anyOf"))) {
            JsonNode codexVariants = codex.has("oneOf") ? codex.get("oneOf") : codex.get("anyOf");
            for (JsonNode variant : ours.get("oneOf")) {
                String tag = variant.at("/properties/type/enum/0").asString("");
                for (JsonNode candidate : codexVariants) {
                    JsonNode resolved = resolve(candidate, codexDefs);
                    if (!tag.isEmpty() && tag.equals(resolved.at("/properties/type/enum/0").asString(""))) {
                        compare(variant, ourDefs, resolved, codexDefs, at + "<" + tag + ">");
                    }
                }
            }
        }
    }

    /** Looks through {@code $ref}, {@code allOf [X]} and {@code anyOf [X, null]}. */
    private static JsonNode resolve(JsonNode node, JsonNode definitions) {
        for (int hops = 0; hops < 16; hops++) {
            if (node.has("$ref")) {
                String ref = node.get("$ref").asString();
                node = definitions.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (node.has("allOf") && node.get("allOf").size() == 1) {
                node = node.get("allOf").get(0);
            } else if (node.has("anyOf") && node.get("anyOf").size() == 2
                    && node.get("anyOf").get(1).path("type").asString("").equals("null")) {
                node = node.get("anyOf").get(0);
            } else {
                return node;
            }
        }
        return node;
    }

    private static JsonNode branchOf(JsonNode union, String method) {
        for (JsonNode branch : union.path("oneOf")) {
            if (branch.at("/properties/method/enum/0").asString("").equals(method)) {
                return branch;
            }
        }
        return null;
    }

    private static JsonNode codexResultFile(String name) {
        for (String folder : List.of("", "v1/", "v2/")) {
            JsonNode file = codex(folder + name + ".json");
            if (file != null) {
                return file;
            }
        }
        return null;
    }

    private static JsonNode codex(String file) {
        try (InputStream in = RequiredFieldsConformanceTest.class.getClassLoader()
                .getResourceAsStream(CODEX + file)) {
            return in == null ? null : JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode ref(String definition) {
        return JsonMapper.shared().createObjectNode().put("$ref", SchemaGenerator.REF_PREFIX + definition);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
