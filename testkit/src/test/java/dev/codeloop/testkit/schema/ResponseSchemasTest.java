package dev.codeloop.testkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Keeps the hand-written method → response table honest against the reference files. */
class ResponseSchemasTest {

    /** Methods whose response type does not follow FooParams → FooResponse (checked against the Codex source). */
    private static final Set<String> IRREGULAR = Set.of(
            "account/gatewayOAuth/read", "account/gatewayOAuth/login", "account/gatewayOAuth/cancel",
            "config/mcpServer/reload", "windowsSandbox/readiness", "account/logout", "account/securitySetup/read",
            "account/rateLimits/read", "account/usage/read", "account/workspaceMessages/read",
            "externalAgentConfig/import/readHistories", "config/value/write", "config/batchWrite",
            "configRequirements/read");

    private final ReferenceSchemas schemas = new ReferenceSchemas();

    @Test
    void everyClientRequestHasAResponseSchema() {
        assertEquals(MethodCatalog.of(schemas, "ClientRequest.json").methods(),
                ResponseSchemas.CLIENT_REQUEST_RESULTS.keySet());
        checkTable("ClientRequest.json", ResponseSchemas.CLIENT_REQUEST_RESULTS);
    }

    @Test
    void everyServerRequestHasAResponseSchema() {
        assertEquals(MethodCatalog.of(schemas, "ServerRequest.json").methods(),
                ResponseSchemas.SERVER_REQUEST_RESULTS.keySet());
        checkTable("ServerRequest.json", ResponseSchemas.SERVER_REQUEST_RESULTS);
    }

    private void checkTable(String unionFile, Map<String, String> table) {
        JsonNode branches = schemas.document(unionFile).path("oneOf");
        for (JsonNode branch : branches) {
            String method = branch.path("properties").path("method").path("enum").get(0).stringValue();
            String file = table.get(method);
            assertTrue(ReferenceSchemas.exists(file), method + " → missing file " + file);
            String ref = branch.path("properties").path("params").path("$ref").asString("");
            if (!IRREGULAR.contains(method)) {
                String type = ref.substring(ref.lastIndexOf('/') + 1).replaceFirst("Params$", "Response");
                assertTrue(file.endsWith("/" + type + ".json") || file.equals(type + ".json"),
                        method + ": params " + ref + " but table says " + file);
            }
        }
    }
}
