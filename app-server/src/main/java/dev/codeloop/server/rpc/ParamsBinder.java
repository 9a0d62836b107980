package dev.codeloop.server.rpc;

import dev.codeloop.json.JsonTrees;
import dev.codeloop.protocol.MethodDescriptor;
import dev.codeloop.protocol.json.WireCodecs;
import dev.codeloop.protocol.json.WireFormatException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import tools.jackson.databind.JsonNode;

/**
 * Binds a request's JSON params to its params record, turning every mistake into a -32602 naming the field,
 * and refuses the experimental surface (methods and fields) to clients that did not opt in.
 */
public final class ParamsBinder {

    private final ConnectionState connection;

    public ParamsBinder(ConnectionState connection) {
        this.connection = connection;
    }

    public <P> P bind(MethodDescriptor<P, ?> method, Object params) throws ResponseErrorException {
        // Before initialize nobody has opted in, and initialize itself is stable: nothing to check on the
        // startup path.
        boolean optedIn = connection.experimentalApi() || !connection.initialized();
        if (!optedIn) {
            ExperimentalApi.checkMethod(method);
        }
        P bound = bind(method.name(), params, method.paramsType());
        if (!optedIn) {
            ExperimentalApi.checkParams(bound);
        }
        return bound;
    }

    private <P> P bind(String method, Object params, Class<P> type) throws ResponseErrorException {
        if (type == Void.class) {
            return null;
        }
        if (type.isInstance(params)) {
            return type.cast(params); // read by the codec's streaming path (initialize)
        }
        JsonNode json = params instanceof JsonNode node ? node : null;
        if (json == null || json.isNull() || json.isMissingNode()) {
            json = JsonTrees.NODES.objectNode();
        }
        if (!json.isObject()) {
            throw RpcErrors.invalidParams("Invalid params for " + method + ": params must be a JSON object");
        }
        try {
            return WireCodecs.read(type, json);
        } catch (WireFormatException e) {
            throw RpcErrors.invalidParams("Invalid params for " + method + ": " + e.getMessage());
        }
    }

    /** Throws a -32602 naming {@code field} when {@code value} is missing. */
    public static <T> T require(String method, String field, T value) throws ResponseErrorException {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            throw RpcErrors.invalidParams("Invalid params for " + method + ": missing field `" + field + "`");
        }
        return value;
    }
}
