package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.protocol.schema.BreakingChange.Kind;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each kind of break is found and named, on edited copies of the real generated schema; additions pass. */
class SchemaCompatibilityTest {

    private final ObjectNode oldBundle;
    private final ObjectNode oldMethods;
    private final ObjectNode bundle;
    private final ObjectNode methods;

    SchemaCompatibilityTest() {
        SortedMap<String, ObjectNode> documents = SchemaGenerator.documents(ProtocolSurface.STABLE);
        oldBundle = documents.get(SchemaGenerator.BUNDLE_FILE);
        oldMethods = documents.get(SchemaGenerator.METHODS_FILE);
        bundle = oldBundle.deepCopy();
        methods = oldMethods.deepCopy();
    }

    @Test
    void anUnchangedSchemaIsCompatible() {
        assertEquals(List.of(), check());
    }

    @Test
    void additionsPass() {
        ObjectNode row = ((ArrayNode) methods.get("methods")).addObject();
        row.put("direction", "ClientRequest").put("method", "thread/compact").put("params", "ThreadReadParams")
                .put("result", "ThreadReadResponse").put("since", "1.1.0").put("experimental", false);
        properties("TurnStartParams").putObject("priority").putArray("type").add("integer").add("null");
        properties("Turn").putObject("label").put("type", "string");
        ((ArrayNode) definition("Turn").get("required")).add("label");
        ((ArrayNode) definition("AskForApproval").get("enum")).add("sometimes");
        ObjectNode variant = ((ArrayNode) definition("ThreadStatus").get("oneOf")).addObject();
        variant.put("type", "object").put("title", "PausedThreadStatus").putArray("required").add("type");
        variant.putObject("properties").putObject("type").put("type", "string").putArray("enum").add("paused");

        assertEquals(List.of(), check());
    }

    @Test
    void removedMethod() {
        removeMethod("thread/list");
        assertOnly(Kind.REMOVED_METHOD, "thread/list");
    }

    @Test
    void removedNotification() {
        removeMethod("turn/diff/updated");
        assertOnly(Kind.REMOVED_NOTIFICATION, "turn/diff/updated");
    }

    @Test
    void removedField() {
        properties("ThreadInfo").remove("preview");
        assertKindEverywhere(Kind.REMOVED_FIELD, ".preview");
        assertContains(Kind.REMOVED_FIELD, "thread/start.result.thread.preview");
    }

    @Test
    void descriptionsAreNotWireChanges() {
        // The release had no description on `error`: a plain reference. Now it is described, Codex's way.
        ObjectNode oldError = (ObjectNode) oldBundle.get(SchemaGenerator.DEFINITIONS).get("ErrorNotification")
                .get("properties").get("error");
        assertTrue(oldError.has("allOf") && oldError.has("description"), oldError::toString);
        oldError.removeAll().put("$ref", SchemaGenerator.REF_PREFIX + "TurnError");
        // A custom shape compares byte for byte, except for its descriptions.
        definition("CodexErrorInfo").put("description", "Reworded.");
        ((ObjectNode) definition("ApprovalDecision").get("oneOf").get(1)).put("description", "Reworded too.");
        definition("ThreadInfo").remove("description");
        assertEquals(List.of(), check());
    }

    @Test
    void changesBehindADescribedReferenceAreStillFound() {
        ObjectNode error = (ObjectNode) properties("ErrorNotification").get("error");
        ((ObjectNode) error.get("allOf").get(0)).removeAll().put("type", "string");
        assertOnly(Kind.CHANGED_TYPE, "error.params.error");
    }

    @Test
    void changedType() {
        properties("ThreadReadParams").putObject("includeTurns").putArray("type").add("string").add("null");
        assertOnly(Kind.CHANGED_TYPE, "thread/read.params.includeTurns");
    }

    @Test
    void changedTypeOfAResultField() {
        properties("TokenUsageBreakdown").putObject("totalTokens").put("type", "string");
        assertContains(Kind.CHANGED_TYPE, "thread/tokenUsage/updated.params.tokenUsage.total.totalTokens");
    }

    @Test
    void fieldMadeRequiredInParams() {
        ((ArrayNode) definition("TurnStartParams").get("required")).add("cwd");
        assertOnly(Kind.FIELD_MADE_REQUIRED, "turn/start.params.cwd");
    }

    @Test
    void newRequiredParamField() {
        properties("TurnStartParams").putObject("priority").put("type", "integer");
        ((ArrayNode) definition("TurnStartParams").get("required")).add("priority");
        assertOnly(Kind.NEW_REQUIRED_FIELD, "turn/start.params.priority");
    }

    @Test
    void removedEnumValue() {
        ArrayNode values = (ArrayNode) definition("AskForApproval").get("enum");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).asString().equals("never")) {
                values.remove(i);
            }
        }
        assertKindEverywhere(Kind.REMOVED_ENUM_VALUE, "approvalPolicy");
        assertContains(Kind.REMOVED_ENUM_VALUE, "thread/start.params.approvalPolicy");
    }

    @Test
    void renamedDiscriminator() {
        for (JsonNode variant : definition("ThreadItem").get("oneOf")) {
            ObjectNode properties = (ObjectNode) variant.get("properties");
            properties.set("kind", properties.remove("type"));
            ArrayNode required = (ArrayNode) variant.get("required");
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).asString().equals("type")) {
                    required.set(i, "kind");
                }
            }
        }
        assertKindEverywhere(Kind.CHANGED_DISCRIMINATOR, "item");
        assertContains(Kind.CHANGED_DISCRIMINATOR, "item/started.params.item");
    }

    @Test
    void removedVariantChangesTheDiscriminator() {
        ArrayNode variants = (ArrayNode) definition("ThreadItem").get("oneOf");
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).at("/properties/type/enum/0").asString().equals("fileChange")) {
                variants.remove(i);
            }
        }
        assertContains(Kind.CHANGED_DISCRIMINATOR, "item/completed.params.item<fileChange>");
    }

    @Test
    void fieldNoLongerAlwaysSent() {
        ArrayNode required = (ArrayNode) definition("Turn").get("required");
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i).asString().equals("status")) {
                required.remove(i);
            }
        }
        assertContains(Kind.FIELD_MADE_OPTIONAL, "turn/completed.params.turn.status");
    }

    @Test
    void makingAParamOptionalOrAResultFieldRequiredIsFine() {
        ArrayNode required = (ArrayNode) definition("TurnStartParams").get("required");
        required.removeAll();
        ((ArrayNode) definition("ThreadInfo").get("required")).add("name");
        assertEquals(List.of(), check());
    }

    private List<BreakingChange> check() {
        return SchemaCompatibility.check(oldBundle, oldMethods, bundle, methods);
    }

    private ObjectNode definition(String name) {
        ObjectNode definition = (ObjectNode) bundle.get(SchemaGenerator.DEFINITIONS).get(name);
        if (definition == null) {
            throw new AssertionError("no definition " + name);
        }
        return definition;
    }

    private ObjectNode properties(String name) {
        return (ObjectNode) definition(name).get("properties");
    }

    private void removeMethod(String name) {
        ArrayNode rows = (ArrayNode) methods.get("methods");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("method").asString().equals(name)) {
                rows.remove(i);
                return;
            }
        }
        throw new AssertionError("no method " + name);
    }

    private void assertOnly(Kind kind, String location) {
        List<BreakingChange> changes = check();
        assertEquals(1, changes.size(), changes::toString);
        assertEquals(kind, changes.get(0).kind(), changes::toString);
        assertEquals(location, changes.get(0).location(), changes::toString);
    }

    private void assertContains(Kind kind, String location) {
        List<BreakingChange> changes = check();
        assertTrue(changes.stream().anyMatch(c -> c.kind() == kind && c.location().equals(location)),
                "expected " + kind + " at " + location + " in " + changes);
    }

    /** Every change found is of this kind, and mentions the edited place. */
    private void assertKindEverywhere(Kind kind, String locationPart) {
        List<BreakingChange> changes = check();
        assertFalse(changes.isEmpty(), "no breaking change found");
        for (BreakingChange change : changes) {
            assertEquals(kind, change.kind(), changes::toString);
            assertTrue(change.location().contains(locationPart), changes::toString);
        }
    }
}
