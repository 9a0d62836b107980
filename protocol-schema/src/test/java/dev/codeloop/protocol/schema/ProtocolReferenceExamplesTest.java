package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.protocol.Direction;
import dev.codeloop.protocol.MethodDescriptor;
import dev.codeloop.protocol.Methods;
import dev.codeloop.testkit.schema.CodeloopSchema;
import dev.codeloop.testkit.schema.CodexSchema;
import dev.codeloop.testkit.schema.SchemaViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The protocol reference ({@code app-server/README.md}) cannot drift from the code: every message in its
 * {@code json} blocks ({@code →} client to server, {@code ←} server to client) validates against our checked-in
 * schema and Codex's 0.169.0 schema, responses against the result type of the request they answer (matched by
 * id, per direction), and every client request method has its own section.
 */
class ProtocolReferenceExamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Example(int lineNumber, boolean fromClient, JsonNode message) {
    }

    @Test
    void everyExampleMessageValidatesAgainstOurSchemaAndCodexs() throws IOException {
        List<Example> examples = examples(Files.readAllLines(CheckedInSchema.APP_SERVER_README));
        assertTrue(examples.size() > 30, "expected the reference to hold many examples, found " + examples.size());
        CodeloopSchema ours = CodeloopSchema.in(CheckedInSchema.JSON);
        CodexSchema codex = CodexSchema.reference().allowingExtensions(KnownCodexDifferences.EXTENSION_METHODS);

        Map<String, String> clientRequests = new HashMap<>();
        Map<String, String> serverRequests = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (Example example : examples) {
            JsonNode message = example.message();
            String id = message.has("id") ? message.get("id").toString() : null;
            String answered = null;
            if (message.has("method") && id != null) {
                (example.fromClient() ? clientRequests : serverRequests).put(id, message.get("method").asString());
            } else if (id != null) {
                answered = (example.fromClient() ? serverRequests : clientRequests).get(id);
                if (answered == null) {
                    failures.add("line " + example.lineNumber() + ": a response to id " + id + " that no example sent");
                    continue;
                }
            }
            report(failures, example, "our schema", example.fromClient()
                    ? ours.validateClientMessage(message, answered) : ours.validateServerMessage(message, answered));
            report(failures, example, "Codex's schema", example.fromClient()
                    ? codex.validateClientMessage(message, answered) : codex.validateServerMessage(message, answered));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyClientRequestHasASection() throws IOException {
        String text = Files.readString(CheckedInSchema.APP_SERVER_README);
        for (MethodDescriptor<?, ?> method : Methods.ALL) {
            if (method.direction() == Direction.CLIENT_REQUEST) {
                assertTrue(text.lines().anyMatch(l -> l.startsWith("### ") && l.contains("`" + method.name() + "`")),
                        "app-server/README.md has no section for " + method.name());
            }
        }
    }

    private static void report(List<String> failures, Example example, String schema,
                               List<SchemaViolation> violations) {
        for (SchemaViolation violation : violations) {
            failures.add("line " + example.lineNumber() + " (" + schema + "): " + violation);
        }
    }

    /** The {@code →}/{@code ←} lines of the {@code json} fenced blocks. */
    private static List<Example> examples(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        boolean inJson = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inJson = !inJson && line.equals("```json");
                continue;
            }
            if (inJson && (line.startsWith("→ ") || line.startsWith("← "))) {
                JsonNode message = JSON.readTree(line.substring(2));
                assertFalse(message.isMissingNode(), "line " + (i + 1) + " is not JSON");
                examples.add(new Example(i + 1, line.startsWith("→ "), message));
            }
        }
        return examples;
    }
}
