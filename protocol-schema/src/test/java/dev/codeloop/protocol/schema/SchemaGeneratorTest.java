package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SchemaGeneratorTest {

    private final SortedMap<String, ObjectNode> stable = SchemaGenerator.documents(ProtocolSurface.STABLE);
    private final SortedMap<String, ObjectNode> experimental = SchemaGenerator.documents(ProtocolSurface.EXPERIMENTAL);

    @Test
    void stableSurfaceLeavesExperimentalMethodsAndFieldsOut() {
        assertFalse(methods(stable, "ClientRequest").contains("thread/rollback"));
        assertFalse(stable.containsKey("ThreadRollbackParams.json"));
        assertFalse(stable.get("ThreadResumeParams.json").get("properties").has("path"));
        assertFalse(definition(stable, "CommandExecutionRequestApprovalParams").get("properties")
                .has("availableDecisions"));

        assertTrue(methods(experimental, "ClientRequest").contains("thread/rollback"));
        assertTrue(experimental.containsKey("ThreadRollbackParams.json"));
        assertTrue(experimental.get("ThreadResumeParams.json").get("properties").has("path"));
    }

    @Test
    void requiredFieldsAreNonNullAndTheRestNullable() {
        JsonNode thread = definition(stable, "ThreadInfo");
        Set<String> required = new TreeSet<>();
        thread.get("required").forEach(n -> required.add(n.asString()));
        assertTrue(required.containsAll(Set.of("id", "ephemeral", "createdAt", "status", "turns")), required::toString);
        assertFalse(required.contains("forkedFromId"));
        assertEquals("string", thread.at("/properties/id/type").asString());
        assertEquals("[\"string\",\"null\"]", thread.at("/properties/forkedFromId/type").toString());
        assertEquals("boolean", thread.at("/properties/ephemeral/type").asString());
        assertEquals("[{\"$ref\":\"#/definitions/GitInfo\"},{\"type\":\"null\"}]",
                thread.at("/properties/gitInfo/anyOf").toString());
    }

    @Test
    void taggedUnionsAreOneOfVariantsPinningTheirTypeTag() {
        JsonNode variants = definition(stable, "ThreadItem").get("oneOf");
        Set<String> tags = new TreeSet<>();
        for (JsonNode variant : variants) {
            assertEquals(1, variant.at("/properties/type/enum").size());
            assertTrue(variant.get("required").toString().contains("\"type\""));
            tags.add(variant.at("/properties/type/enum/0").asString());
        }
        assertEquals(Set.of("userMessage", "agentMessage", "reasoning", "commandExecution", "fileChange"), tags);
        assertEquals("[\"read-only\",\"workspace-write\",\"danger-full-access\"]",
                definition(stable, "SandboxMode").get("enum").toString());
    }

    @Test
    void javadocDescribesDefinitionsAndParamTagsDescribeProperties() {
        JsonNode params = stable.get("ThreadStartParams.json");
        assertEquals("`thread/start`: every field is optional; unset ones come from config.",
                params.get("description").asString());
        // @param config extra dotted config keys (like {@code -c key=value}) for this thread
        assertEquals("Extra dotted config keys (like `-c key=value`) for this thread.",
                params.at("/properties/config/description").asString());
        // A nullable reference keeps Codex's anyOf, with the description beside it.
        assertEquals(CanonicalJson.parse("{\"anyOf\":[{\"$ref\":\"#/definitions/AskForApproval\"},{\"type\":\"null\"}],"
                        + "\"description\":\"When the server asks the client before acting.\"}"),
                params.at("/properties/approvalPolicy"));
        // A required reference is wrapped in allOf, as Codex does (draft-07 ignores siblings of $ref).
        assertEquals(CanonicalJson.parse("{\"allOf\":[{\"$ref\":\"#/definitions/TurnError\"}],"
                        + "\"description\":\"What went wrong.\"}"),
                definition(stable, "ErrorNotification").at("/properties/error"));
        // Enums, tagged unions and their variants are described too; array items do not repeat the field's text.
        assertTrue(definition(stable, "SandboxMode").get("description").asString().startsWith("The coarse sandbox"));
        assertEquals("Runtime status of a thread.", definition(stable, "ThreadStatus").get("description").asString());
        assertEquals("Stored but not in memory.",
                definition(stable, "ThreadStatus").at("/oneOf/0/description").asString());
        assertFalse(definition(stable, "InitializeCapabilities").at("/properties/optOutNotificationMethods/items")
                .has("description"));
        // Descriptions written by the generator itself win.
        assertEquals("Unix timestamp (in milliseconds) when the server emitted this notification.",
                stable.get("ServerNotification.json").at("/oneOf/0/properties/emittedAtMs/description").asString());
    }

    @Test
    void typeScriptCarriesTheDescriptionsAsJsDoc() {
        String ts = TypeScriptGenerator.generate(ProtocolSurface.STABLE).files().get(TypeScriptGenerator.FILE);
        assertTrue(ts.contains("""
                /** `thread/start`: every field is optional; unset ones come from config. */
                export interface ThreadStartParams {
                  /** When the server asks the client before acting. */
                  approvalPolicy?: AskForApproval | null;
                """), ts);
        assertTrue(ts.contains("""
                  /** What went wrong. */
                  error: TurnError;
                """), ts);
    }

    @Test
    void everyFileIsADraft07SchemaWhoseRefsResolveWithinIt() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        for (var file : stable.entrySet()) {
            if (file.getKey().equals(SchemaGenerator.METHODS_FILE)) {
                continue;
            }
            JsonNode document = file.getValue();
            assertEquals(SchemaGenerator.DRAFT_07, document.get("$schema").asString(), file.getKey());
            ObjectNode definitions = document.has("definitions") ? (ObjectNode) document.get("definitions")
                    : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            SchemaGenerator.collectRefs(document, definitions, new TreeSet<>()); // throws on a dangling $ref
            registry.getSchema(CanonicalJson.write(document), InputFormat.JSON);
        }
    }

    @Test
    void everyMethodHasItsBranchAndPayloadFiles() {
        for (var method : ProtocolSurface.STABLE.methods()) {
            String union = MethodUnions.unionOf(method.direction());
            assertTrue(methods(stable, union).contains(method.name()), method.name());
            if (method.paramsType() != Void.class) {
                assertTrue(stable.containsKey(DefinitionNames.of(method.paramsType()) + ".json"), method.name());
            }
        }
    }

    @Test
    void canonicalJsonSortsKeysAndEndsWithANewline() {
        JsonNode node = CanonicalJson.parse("{\"b\":[1,{\"d\":true,\"c\":null}],\"a\":\"x\",\"e\":[],\"f\":{}}");
        assertEquals("""
                {
                  "a": "x",
                  "b": [
                    1,
                    {
                      "c": null,
                      "d": true
                    }
                  ],
                  "e": [],
                  "f": {}
                }
                """, CanonicalJson.write(node));
    }

    private static JsonNode definition(SortedMap<String, ObjectNode> documents, String name) {
        return documents.get(SchemaGenerator.BUNDLE_FILE).get("definitions").get(name);
    }

    private static Set<String> methods(SortedMap<String, ObjectNode> documents, String union) {
        Set<String> out = new TreeSet<>();
        documents.get(union + ".json").get("oneOf")
                .forEach(b -> out.add(b.at("/properties/method/enum/0").asString()));
        return out;
    }
}
