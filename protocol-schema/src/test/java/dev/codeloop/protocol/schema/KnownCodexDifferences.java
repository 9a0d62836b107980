package dev.codeloop.protocol.schema;

import dev.codeloop.testkit.schema.SchemaViolation;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The deliberate differences from Codex 0.169.0, by name; conformance tests allow exactly these (the same
 * exceptions {@code app-server}'s {@code ServerFixture} makes).
 */
final class KnownCodexDifferences {

    /** Codeloop's own methods, absent from Codex's schema (thread/rollback: Codex's earlier API, experimental here). */
    static final List<String> EXTENSION_METHODS = List.of("thread/rollback");

    private KnownCodexDifferences() {
    }

    /** The approval policy {@code on-failure}: retired from Codex's enum by 0.169, still accepted and sent by us. */
    static boolean isOnFailurePolicy(JsonNode message, SchemaViolation violation) {
        return violation.location().endsWith("/approvalPolicy")
                && "on-failure".equals(message.at(violation.location()).stringValue());
    }
}
