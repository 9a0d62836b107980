package dev.codeloop.protocol.schema;

import dev.codeloop.protocol.approval.ApprovalDecision;
import dev.codeloop.protocol.approval.ServerRequestResolvedNotification;
import dev.codeloop.protocol.thread.CwdFilter;
import dev.codeloop.protocol.turn.CodexErrorInfo;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hand-written schemas for the few wire types whose JSON shape comes from custom Jackson code
 * ({@code @JsonValue}/{@code @JsonCreator}) rather than from their record components. Each mirrors what the
 * type's {@code toWire}/{@code fromWire} methods write and accept.
 */
final class WireShapes {

    /** {@code RequestId}: JSON-RPC ids are strings or integers (Codex's {@code RequestId}). */
    static final String REQUEST_ID = """
            {"anyOf": [{"type": "string"}, {"type": "integer"}]}""";

    private static final Map<Class<?>, String> SHAPES = Map.of(
            ApprovalDecision.class, """
                    {"oneOf": [
                      {"enum": ["accept", "acceptForSession", "decline", "cancel"], "type": "string"},
                      {"description": "An amendment decision: one key (its kind) whose value is kept as given.",
                       "maxProperties": 1, "minProperties": 1, "title": "AmendmentApprovalDecision", "type": "object"}
                    ]}""",
            CodexErrorInfo.class, """
                    {"anyOf": [
                      {"type": "string"},
                      {"additionalProperties": {"properties": {"httpStatusCode": {"type": ["integer", "null"]}},
                                                "type": "object"},
                       "maxProperties": 1, "minProperties": 1, "title": "WithHttpStatusCodexErrorInfo",
                       "type": "object"}
                    ]}""",
            CwdFilter.class, """
                    {"anyOf": [{"type": "string"}, {"items": {"type": "string"}, "type": "array"}]}""");

    /**
     * Record components typed {@code Object} whose values are JSON-RPC request ids ({@code Class.component}); they
     * get {@code RequestId} instead of "any value".
     */
    private static final Set<String> REQUEST_ID_FIELDS = Set.of(
            ServerRequestResolvedNotification.class.getName() + ".requestId");

    private WireShapes() {
    }

    static boolean isRequestId(Class<?> declaringType, String component) {
        return REQUEST_ID_FIELDS.contains(declaringType.getName() + "." + component);
    }

    static Optional<ObjectNode> of(Class<?> type) {
        String shape = SHAPES.get(type);
        return shape == null ? Optional.empty() : Optional.of((ObjectNode) CanonicalJson.parse(shape));
    }

    static ObjectNode requestId() {
        return (ObjectNode) CanonicalJson.parse(REQUEST_ID);
    }
}
