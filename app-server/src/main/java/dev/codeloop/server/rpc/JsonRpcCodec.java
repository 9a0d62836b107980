package dev.codeloop.server.rpc;

import java.io.ByteArrayOutputStream;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson in place of lsp4j's Gson: reads one NDJSON line into an lsp4j {@link Message} (params and results
 * stay {@link JsonNode}s; handlers bind them to records) and writes messages the way Codex does: no
 * {@code "jsonrpc"} member, notifications stamped with {@code emittedAtMs}.
 */
public final class JsonRpcCodec {

    /** A line that is not a JSON-RPC message; {@code id} is kept when it could be read. */
    public static final class MalformedMessage extends Exception {
        private final int code;
        private final Either<String, Number> id;

        MalformedMessage(int code, String message, Either<String, Number> id) {
            super(message, null, false, false);
            this.code = code;
            this.id = id;
        }

        public int code() {
            return code;
        }

        public Either<String, Number> id() {
            return id;
        }
    }

    private final JsonMapper mapper;

    public JsonRpcCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public Message parse(String line) throws MalformedMessage {
        JsonNode json;
        try {
            json = mapper.readTree(line);
        } catch (JacksonException e) {
            throw new MalformedMessage(RpcErrors.PARSE_ERROR, "Parse error: " + e.getOriginalMessage(), null);
        }
        if (json == null || !json.isObject()) {
            throw new MalformedMessage(RpcErrors.INVALID_REQUEST, "Invalid request: a message must be a JSON object",
                    null);
        }
        Either<String, Number> id = id(json.get("id"));
        JsonNode method = json.get("method");
        if (method != null) {
            if (!method.isString()) {
                throw new MalformedMessage(RpcErrors.INVALID_REQUEST, "Invalid request: `method` must be a string", id);
            }
            JsonNode params = json.get("params");
            if (json.has("id") && !json.get("id").isNull()) {
                RequestMessage request = new RequestMessage();
                request.setRawId(id);
                request.setMethod(method.asString());
                request.setParams(params);
                return request;
            }
            NotificationMessage notification = new NotificationMessage();
            notification.setMethod(method.asString());
            notification.setParams(params);
            return notification;
        }
        if (id != null && (json.has("result") || json.has("error"))) {
            ResponseMessage response = new ResponseMessage();
            response.setRawId(id);
            if (json.has("error")) {
                JsonNode error = json.get("error");
                response.setError(new ResponseError(error.path("code").asInt(RpcErrors.INTERNAL_ERROR),
                        error.path("message").asString("client error"), error.get("data")));
            } else {
                response.setResult(json.get("result"));
            }
            return response;
        }
        throw new MalformedMessage(RpcErrors.INVALID_REQUEST,
                "Invalid request: expected a request, notification or response", id);
    }

    private static Either<String, Number> id(JsonNode id) throws MalformedMessage {
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.isString()) {
            return Either.forLeft(id.asString());
        }
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            return Either.forRight(id.asLong());
        }
        throw new MalformedMessage(RpcErrors.INVALID_REQUEST, "Invalid request: `id` must be a string or an integer",
                null);
    }

    /** One message as a line of UTF-8 JSON, newline included. */
    public byte[] write(Message message, long emittedAtMs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator g = mapper.createGenerator(bytes)) {
            g.writeStartObject();
            switch (message) {
                case RequestMessage request -> {
                    writeId(g, request.getRawId());
                    g.writeStringProperty("method", request.getMethod());
                    g.writeName("params");
                    g.writePOJO(request.getParams());
                }
                case NotificationMessage notification -> {
                    g.writeStringProperty("method", notification.getMethod());
                    g.writeName("params");
                    g.writePOJO(notification.getParams());
                    g.writeNumberProperty("emittedAtMs", emittedAtMs);
                }
                case ResponseMessage response -> {
                    writeId(g, response.getRawId());
                    if (response.getError() != null) {
                        ResponseError error = response.getError();
                        g.writeName("error");
                        g.writeStartObject();
                        g.writeNumberProperty("code", error.getCode());
                        g.writeStringProperty("message", error.getMessage());
                        if (error.getData() != null) {
                            g.writeName("data");
                            g.writePOJO(error.getData());
                        }
                        g.writeEndObject();
                    } else {
                        g.writeName("result");
                        g.writePOJO(response.getResult());
                    }
                }
                default -> throw new IllegalArgumentException("unknown message type " + message.getClass());
            }
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void writeId(JsonGenerator g, Either<String, Number> id) {
        g.writeName("id");
        if (id == null) {
            g.writeNull();
        } else if (id.isLeft()) {
            g.writeString(id.getLeft());
        } else {
            g.writeNumber(id.getRight().longValue());
        }
    }

    /** An error response for a message that could not be dispatched. */
    public static ResponseMessage errorResponse(Either<String, Number> id, int code, String message) {
        ResponseMessage response = new ResponseMessage();
        response.setRawId(id);
        response.setError(new ResponseError(code, message, null));
        return response;
    }
}
