package dev.codeloop.testkit.schema;

import dev.codeloop.testkit.rpc.MessageKind;
import dev.codeloop.testkit.rpc.ServerMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Checks wire messages against the JSON Schema that the real Codex app server (0.169.0) generates for its protocol.
 *
 * <ul>
 *   <li>notification {@code {method, params, emittedAtMs?}} → the {@code ServerNotification.json} branch of
 *       that method;
 *   <li>server→client request {@code {id, method, params}} → the {@code ServerRequest.json} branch of that method;
 *   <li>success response {@code {id, result}} → the response schema of the request's method (see
 *       {@code ResponseSchemas});
 *   <li>error response {@code {id, error}} → {@code JSONRPCErrorError.json}; {@code id} may be {@code null} only for
 *       parse errors (-32700) and invalid requests (-32600), as JSON-RPC 2.0 allows.
 * </ul>
 * Client messages are checked the same way against {@code ClientRequest.json} / {@code ClientNotification.json}.
 *
 * <p>Beyond the schema, which allows any extra keys, the top level of a message may only hold the keys Codex itself
 * writes (so e.g. a {@code "jsonrpc"} field is reported): this is what keeps us wire-compatible.
 *
 * <p>A method that is not in the reference is a violation, unless it was declared with
 * {@link #allowingExtensions(Collection)} (for Codeloop's own methods; their params are then not checked).
 *
 * <p>Instances are immutable and thread-safe; schemas are loaded lazily, once per JVM.
 */
public final class CodexSchema {

    /** The Codex version whose generated schema is bundled under {@code codex-reference/}. */
    public static final String CODEX_VERSION = "0.169.0";

    private static final Set<String> NOTIFICATION_KEYS = Set.of("method", "params", "emittedAtMs");
    private static final Set<String> SERVER_REQUEST_KEYS = Set.of("id", "method", "params");
    private static final Set<String> CLIENT_REQUEST_KEYS = Set.of("id", "method", "params", "trace");
    private static final Set<String> CLIENT_NOTIFICATION_KEYS = Set.of("method", "params");
    private static final Set<String> RESPONSE_KEYS = Set.of("id", "result");
    private static final Set<String> ERROR_KEYS = Set.of("id", "error");
    private static final int PARSE_ERROR = -32700;
    private static final int INVALID_REQUEST = -32600;

    private final Catalogs catalogs;
    private final Set<String> extensions;

    private CodexSchema(Catalogs catalogs, Set<String> extensions) {
        this.catalogs = catalogs;
        this.extensions = extensions;
    }

    /** The bundled Codex 0.169.0 reference, with no extension methods allowed. */
    public static CodexSchema reference() {
        return Shared.INSTANCE;
    }

    /**
     * A copy that accepts these methods (notifications, requests, and responses to them) without checking their
     * payload: for Codeloop's own protocol extensions. Methods that Codex defines are always checked.
     */
    public CodexSchema allowingExtensions(Collection<String> methods) {
        Set<String> all = new HashSet<>(extensions);
        all.addAll(methods);
        return new CodexSchema(catalogs, Set.copyOf(all));
    }

    public Set<String> extensionMethods() {
        return extensions;
    }

    /**
     * Checks a message written by the server.
     *
     * @param requestMethodIfResponse for a response or error response: the method of the client request it answers
     *                                (ignored for other messages, may be null)
     * @return the violations; empty means the message matches the reference
     */
    public List<SchemaViolation> validateServerMessage(JsonNode message, String requestMethodIfResponse) {
        List<SchemaViolation> out = new ArrayList<>();
        switch (MessageKind.of(message)) {
            case NOTIFICATION -> {
                checkKeys(message, NOTIFICATION_KEYS, out);
                checkMethodCall(message, catalogs.serverNotifications, out);
                if (message.has("emittedAtMs")) {
                    out.addAll(catalogs.schemas.validate("ServerNotification.json#/properties/emittedAtMs",
                            message.get("emittedAtMs"), "/emittedAtMs"));
                }
            }
            case REQUEST -> {
                checkKeys(message, SERVER_REQUEST_KEYS, out);
                checkMethodCall(message, catalogs.serverRequests, out);
            }
            case RESPONSE -> checkResult(message, requestMethodIfResponse,
                    ResponseSchemas.forClientRequest(requestMethodIfResponse), out);
            case ERROR -> checkError(message, out);
            case INVALID -> out.add(notAMessage(message));
        }
        return out;
    }

    /** Like {@link #validateServerMessage} but throws an {@link AssertionError} listing the message and violations. */
    public void assertValidServerMessage(JsonNode message, String requestMethodIfResponse) {
        failIfAny("server", message, validateServerMessage(message, requestMethodIfResponse));
    }

    /**
     * A hook for {@code AppServerProcess.onEveryServerMessage} that asserts every message the server writes is
     * valid: {@code server.onEveryServerMessage(CodexSchema.reference().serverMessageHook())}.
     */
    public Consumer<ServerMessage> serverMessageHook() {
        return message -> assertValidServerMessage(message.json(), message.requestMethod());
    }

    /**
     * Checks a message written by the client (e.g. in a reference transcript).
     *
     * @param serverRequestMethodIfResponse for a response: the method of the server→client request it answers
     */
    public List<SchemaViolation> validateClientMessage(JsonNode message, String serverRequestMethodIfResponse) {
        List<SchemaViolation> out = new ArrayList<>();
        switch (MessageKind.of(message)) {
            case NOTIFICATION -> {
                checkKeys(message, CLIENT_NOTIFICATION_KEYS, out);
                checkMethodCall(message, catalogs.clientNotifications, out);
            }
            case REQUEST -> {
                checkKeys(message, CLIENT_REQUEST_KEYS, out);
                checkMethodCall(message, catalogs.clientRequests, out);
            }
            case RESPONSE -> checkResult(message, serverRequestMethodIfResponse,
                    ResponseSchemas.forServerRequest(serverRequestMethodIfResponse), out);
            case ERROR -> checkError(message, out);
            case INVALID -> out.add(notAMessage(message));
        }
        return out;
    }

    public void assertValidClientMessage(JsonNode message, String serverRequestMethodIfResponse) {
        failIfAny("client", message, validateClientMessage(message, serverRequestMethodIfResponse));
    }

    /** The notification methods the reference defines (useful for coverage reports). */
    public Set<String> serverNotificationMethods() {
        return catalogs.serverNotifications.methods();
    }

    public Set<String> serverRequestMethods() {
        return catalogs.serverRequests.methods();
    }

    public Set<String> clientRequestMethods() {
        return catalogs.clientRequests.methods();
    }

    private void checkMethodCall(JsonNode message, MethodCatalog catalog, List<SchemaViolation> out) {
        JsonNode method = message.get("method");
        if (!method.isString()) {
            out.add(new SchemaViolation("/method", "must be a string, found " + method.getNodeType()));
            return;
        }
        String name = method.stringValue();
        if (catalog.branchIndex(name).isPresent()) {
            out.addAll(catalogs.schemas.validate(catalog.branchLocation(name), message, ""));
        } else if (!extensions.contains(name)) {
            out.add(new SchemaViolation("/method", "method '" + name + "' not in Codex reference "
                    + CODEX_VERSION + " (" + catalog.file() + ") and not an allowed extension"));
        }
    }

    private void checkResult(JsonNode message, String requestMethod, Optional<String> resultSchema,
            List<SchemaViolation> out) {
        checkKeys(message, RESPONSE_KEYS, out);
        out.addAll(catalogs.schemas.validate("RequestId.json", message.get("id"), "/id"));
        if (requestMethod == null) {
            out.add(new SchemaViolation("/result", "cannot check a response without the method of its request"));
        } else if (resultSchema.isPresent()) {
            out.addAll(catalogs.schemas.validate(resultSchema.get(), message.get("result"), "/result"));
        } else if (!extensions.contains(requestMethod)) {
            out.add(new SchemaViolation("/result", "response to method '" + requestMethod
                    + "', which is not in Codex reference " + CODEX_VERSION + " and not an allowed extension"));
        }
    }

    private void checkError(JsonNode message, List<SchemaViolation> out) {
        checkKeys(message, ERROR_KEYS, out);
        JsonNode error = message.get("error");
        out.addAll(catalogs.schemas.validate("JSONRPCErrorError.json", error, "/error"));
        long code = error.path("code").asLong(0);
        boolean nullIdAllowed = code == PARSE_ERROR || code == INVALID_REQUEST;
        if (!(message.get("id").isNull() && nullIdAllowed)) {
            out.addAll(catalogs.schemas.validate("RequestId.json", message.get("id"), "/id"));
        }
    }

    private static void checkKeys(JsonNode message, Set<String> allowed, List<SchemaViolation> out) {
        for (String key : message.propertyNames()) {
            if (!allowed.contains(key)) {
                out.add(new SchemaViolation("/" + key, "unexpected top-level field; Codex writes only "
                        + allowed.stream().sorted().collect(Collectors.joining(", "))));
            }
        }
    }

    private static SchemaViolation notAMessage(JsonNode message) {
        String why = message == null || !message.isObject()
                ? "not a JSON object"
                : "not a JSON-RPC message: needs 'method', or 'id' with exactly one of 'result' and 'error'";
        return new SchemaViolation("", why);
    }

    private static void failIfAny(String side, JsonNode message, List<SchemaViolation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(side).append(" message does not match Codex reference ")
                .append(CODEX_VERSION).append(":\n  ").append(message);
        for (SchemaViolation v : violations) {
            text.append("\n  - ").append(v);
        }
        throw new AssertionError(text.toString());
    }

    /** The method catalogs, read once from the shared schema loader. */
    private static final class Catalogs {
        final ReferenceSchemas schemas = new ReferenceSchemas();
        final MethodCatalog serverNotifications = MethodCatalog.of(schemas, "ServerNotification.json");
        final MethodCatalog serverRequests = MethodCatalog.of(schemas, "ServerRequest.json");
        final MethodCatalog clientRequests = MethodCatalog.of(schemas, "ClientRequest.json");
        final MethodCatalog clientNotifications = MethodCatalog.of(schemas, "ClientNotification.json");
    }

    /** Lazy holder: nothing is read until the first call to {@link #reference()}. */
    private static final class Shared {
        static final CodexSchema INSTANCE = new CodexSchema(new Catalogs(), Set.of());
    }
}
