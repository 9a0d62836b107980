package dev.codeloop.protocol.schema;

import dev.codeloop.protocol.Direction;
import dev.codeloop.protocol.MethodDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The four message unions, one {@code oneOf} branch per method, each pinning {@code method} with a one-value
 * enum and pointing {@code params} at the method's params definition (as Codex's {@code ClientRequest.json} etc.).
 */
final class MethodUnions {

    static final String CLIENT_REQUEST = "ClientRequest";
    static final String CLIENT_NOTIFICATION = "ClientNotification";
    static final String SERVER_REQUEST = "ServerRequest";
    static final String SERVER_NOTIFICATION = "ServerNotification";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MethodUnions() {
    }

    /** Union name → union schema, for the directions that have methods on this surface. */
    static Map<String, ObjectNode> build(ProtocolSurface surface) {
        Map<String, ObjectNode> unions = new LinkedHashMap<>();
        unions.put(CLIENT_REQUEST, union(surface, Direction.CLIENT_REQUEST, "Request from the client to the server."));
        unions.put(CLIENT_NOTIFICATION, union(surface, Direction.CLIENT_NOTIFICATION,
                "Notification sent from the client to the server."));
        unions.put(SERVER_REQUEST, union(surface, Direction.SERVER_REQUEST,
                "Request initiated from the server and sent to the client."));
        unions.put(SERVER_NOTIFICATION, union(surface, Direction.SERVER_NOTIFICATION,
                "Notification sent from the server to the client."));
        return unions;
    }

    /** The union a method's messages belong to. */
    static String unionOf(Direction direction) {
        return switch (direction) {
            case CLIENT_REQUEST -> CLIENT_REQUEST;
            case CLIENT_NOTIFICATION -> CLIENT_NOTIFICATION;
            case SERVER_REQUEST -> SERVER_REQUEST;
            case SERVER_NOTIFICATION -> SERVER_NOTIFICATION;
        };
    }

    private static ObjectNode union(ProtocolSurface surface, Direction direction, String description) {
        ArrayNode branches = JSON.arrayNode();
        for (MethodDescriptor<?, ?> method : surface.methods(direction)) {
            branches.add(branch(method));
        }
        ObjectNode union = JSON.objectNode();
        union.put("description", description);
        union.set("oneOf", branches);
        union.put("title", unionOf(direction));
        return union;
    }

    private static ObjectNode branch(MethodDescriptor<?, ?> method) {
        boolean request = method.isRequest();
        String title = pascalCase(method.name()) + (request ? "Request" : "Notification");
        ObjectNode properties = JSON.objectNode();
        ArrayNode required = JSON.arrayNode();
        if (request) {
            properties.set("id", ref(SchemaGenerator.REQUEST_ID));
            required.add("id");
        }
        ObjectNode methodName = properties.putObject("method");
        methodName.set("enum", JSON.arrayNode().add(method.name()));
        methodName.put("title", title + "Method");
        methodName.put("type", "string");
        required.add("method");
        if (method.paramsType() != Void.class) {
            properties.set("params", ref(DefinitionNames.of(method.paramsType())));
            required.add("params");
        }
        if (method.direction() == Direction.SERVER_NOTIFICATION) {
            ObjectNode emitted = properties.putObject("emittedAtMs");
            emitted.put("description", "Unix timestamp (in milliseconds) when the server emitted this notification.");
            emitted.put("type", "integer");
        }
        ObjectNode branch = JSON.objectNode();
        branch.set("properties", properties);
        branch.set("required", required);
        branch.put("title", title);
        branch.put("type", "object");
        return branch;
    }

    private static ObjectNode ref(String definition) {
        return JSON.objectNode().put("$ref", SchemaGenerator.REF_PREFIX + definition);
    }

    /** {@code thread/name/set} → {@code ThreadNameSet}. */
    static String pascalCase(String method) {
        StringBuilder out = new StringBuilder();
        for (String part : method.split("[/_]")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
