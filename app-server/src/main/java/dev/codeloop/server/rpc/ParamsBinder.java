package dev.codeloop.server.rpc;

import dev.codeloop.protocol.MethodDescriptor;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a request's JSON params to its params record, turning every mistake into a -32602 naming the field,
 * and refuses the experimental surface (methods and fields) to clients that did not opt in.
 */
public final class ParamsBinder {

    private final Supplier<JsonMapper> mappers;
    private final ConnectionState connection;

    /** {@code mapper} is asked for only when params need binding (not for params the codec already read). */
    public ParamsBinder(Supplier<JsonMapper> mapper, ConnectionState connection) {
        this.mappers = mapper;
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
        JsonMapper mapper = mappers.get();
        JsonNode json = params instanceof JsonNode node ? node : mapper.valueToTree(params);
        if (json == null || json.isNull() || json.isMissingNode()) {
            json = mapper.createObjectNode();
        }
        if (!json.isObject()) {
            throw RpcErrors.invalidParams("Invalid params for " + method + ": params must be a JSON object");
        }
        try {
            return mapper.treeToValue(json, type);
        } catch (DatabindException e) {
            String field = path(e);
            throw RpcErrors.invalidParams("Invalid params for " + method + (field.isEmpty() ? "" : ": `" + field + "`")
                    + ": " + e.getOriginalMessage());
        } catch (JacksonException | IllegalArgumentException e) {
            throw RpcErrors.invalidParams("Invalid params for " + method + ": " + e.getMessage());
        }
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Throws a -32602 naming {@code field} when {@code value} is missing. */
    public static <T> T require(String method, String field, T value) throws ResponseErrorException {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            throw RpcErrors.invalidParams("Invalid params for " + method + ": missing field `" + field + "`");
        }
        return value;
    }
}
