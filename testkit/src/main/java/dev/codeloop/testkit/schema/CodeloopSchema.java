package dev.codeloop.testkit.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.codeloop.testkit.rpc.MessageKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks wire messages against Codeloop's <em>own</em> generated JSON Schema: a directory written by
 * {@code codeloop app-server generate-json-schema} (e.g. the checked-in {@code protocol-schema/schema/json}).
 * Calls are checked against their method's branch of {@code ClientRequest.json}, {@code ServerNotification.json}
 * etc.; responses against the result definition that {@code methods.json} names for the request's method.
 * Methods the schema does not have are violations unless allowed with {@link #allowingExtensions}.
 * Thread-safe.
 */
public final class CodeloopSchema {

    private static final String BUNDLE = "codeloop_app_server_protocol.schemas.json";

    private final Path dir;
    private final Map<String, JsonNode> unions = new HashMap<>();
    private final Map<String, JsonNode> methods = new HashMap<>();
    private final JsonNode definitions;
    private final Set<String> extensions;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private CodeloopSchema(Path dir, Set<String> extensions) {
        this.dir = dir;
        this.extensions = extensions;
        for (String union : List.of("ClientRequest", "ClientNotification", "ServerRequest", "ServerNotification")) {
            unions.put(union, read(dir.resolve(union + ".json")));
        }
        for (JsonNode row : read(dir.resolve("methods.json")).path("methods")) {
            methods.put(row.path("method").asString(), row);
        }
        definitions = read(dir.resolve(BUNDLE)).path("definitions");
    }

    /** The schema generated into {@code dir}. */
    public static CodeloopSchema in(Path dir) {
        return new CodeloopSchema(dir, Set.of());
    }

    /** A copy that lets these methods pass unchecked (e.g. experimental ones missing from the stable schema). */
    public CodeloopSchema allowingExtensions(Collection<String> names) {
        return new CodeloopSchema(dir, Set.copyOf(names));
    }

    /** Whether the schema has this method (in any direction). */
    public boolean hasMethod(String method) {
        return methods.containsKey(method);
    }

    /**
     * @param requestMethodIfResponse for a response: the method of the client request it answers
     */
    public List<SchemaViolation> validateServerMessage(JsonNode message, String requestMethodIfResponse) {
        return validate(message, "ServerNotification", "ServerRequest", requestMethodIfResponse);
    }

    /**
     * @param serverRequestMethodIfResponse for a response: the method of the server request it answers
     */
    public List<SchemaViolation> validateClientMessage(JsonNode message, String serverRequestMethodIfResponse) {
        return validate(message, "ClientNotification", "ClientRequest", serverRequestMethodIfResponse);
    }

    private List<SchemaViolation> validate(JsonNode message, String notifications, String requests,
                                           String answeredMethod) {
        return switch (MessageKind.of(message)) {
            case NOTIFICATION -> validateCall(notifications, message);
            case REQUEST -> validateCall(requests, message);
            case RESPONSE -> validateResult(answeredMethod, message.get("result"));
            case ERROR -> List.of();
            case INVALID -> List.of(new SchemaViolation("", "not a JSON-RPC message"));
        };
    }

    private List<SchemaViolation> validateCall(String union, JsonNode message) {
        String method = message.path("method").asString("");
        JsonNode branches = unions.get(union).path("oneOf");
        for (int i = 0; i < branches.size(); i++) {
            if (branches.get(i).path("properties").path("method").path("enum").path(0).asString("").equals(method)) {
                int branch = i;
                Schema schema = compiled.computeIfAbsent(union + "#" + i,
                        key -> compile(branches.get(branch), unions.get(union).path("definitions")));
                return violations(schema, message, "");
            }
        }
        return unknown(method, union);
    }

    private List<SchemaViolation> validateResult(String method, JsonNode result) {
        if (method == null) {
            return List.of(new SchemaViolation("/result", "cannot check a response without its request's method"));
        }
        JsonNode row = methods.get(method);
        if (row == null || row.path("result").isNull()) {
            return unknown(method, "methods.json");
        }
        String type = row.path("result").asString();
        Schema schema = compiled.computeIfAbsent("result:" + type,
                key -> compile(definitions.path(type), definitions));
        return violations(schema, result, "/result");
    }

    private List<SchemaViolation> unknown(String method, String where) {
        return extensions.contains(method) ? List.of()
                : List.of(new SchemaViolation("/method", "method '" + method + "' not in Codeloop schema " + where));
    }

    private Schema compile(JsonNode root, JsonNode definitions) {
        ObjectNode document = (ObjectNode) root.deepCopy();
        document.put("$schema", "http://json-schema.org/draft-07/schema#");
        document.set("definitions", definitions.deepCopy());
        return registry.getSchema(document.toString(), InputFormat.JSON);
    }

    private static List<SchemaViolation> violations(Schema schema, JsonNode node, String prefix) {
        List<SchemaViolation> out = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            out.add(new SchemaViolation(prefix + error.getInstanceLocation(), error.getMessage()));
        }
        return out;
    }

    private static JsonNode read(Path file) {
        try {
            return JsonMapper.shared().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
