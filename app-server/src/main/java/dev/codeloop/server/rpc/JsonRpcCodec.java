package dev.codeloop.server.rpc;

import dev.codeloop.json.JsonTrees;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.initialize.InitializeResponse;
import dev.codeloop.protocol.json.WireCodecs;
import dev.codeloop.protocol.thread.ThreadStartParams;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Jackson in place of lsp4j's Gson: reads one NDJSON line into an lsp4j {@link Message} (params and results
 * stay {@link JsonNode} trees; handlers bind them to records with the generated {@link WireCodecs}) and writes
 * messages the way Codex does: no {@code "jsonrpc"} member, notifications stamped with {@code emittedAtMs}.
 *
 * <p>Only jackson-core and databind's tree classes are used, never a databind mapper: building one loads some
 * 1,400 classes, a third of the server's idle memory. {@code initialize} and messages without params are read
 * without Jackson at all ({@link #tryStreaming}) and the {@code initialize} answer is written without it, so the
 * first answer does not wait for Jackson's parser either.
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

    public static Message parse(String line) throws MalformedMessage {
        Message streamed = tryStreaming(line);
        if (streamed != null) {
            return streamed;
        }
        JsonNode json;
        try {
            json = JsonTrees.read(line);
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
                RequestMessage request = new InboundMessages.Request();
                request.setRawId(id);
                request.setMethod(method.asString());
                request.setParams(params);
                return request;
            }
            NotificationMessage notification = new InboundMessages.Notification();
            notification.setMethod(method.asString());
            notification.setParams(params);
            return notification;
        }
        if (id != null && (json.has("result") || json.has("error"))) {
            ResponseMessage response = new InboundMessages.Response();
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

    /**
     * The message read without Jackson when it is an {@code initialize} request, or a request or notification
     * without params; null for anything else, including anything malformed (the tree path then reads it
     * again and reports the precise error).
     */
    static Message tryStreaming(String line) {
        if (!(StrictJson.read(line) instanceof Map<?, ?> json) || json.containsKey("result")
                || json.containsKey("error") || !(json.get("method") instanceof String method)) {
            return null;
        }
        Object rawId = json.get("id");
        Either<String, Number> id;
        if (rawId == null || rawId == StrictJson.NULL) {
            id = null;
        } else if (rawId instanceof String text) {
            id = Either.forLeft(text);
        } else if (rawId instanceof Long number) {
            id = Either.forRight(number);
        } else {
            return null;
        }
        Object rawParams = json.get("params");
        Object params = null;
        if (method.equals(Methods.INITIALIZE.name())) {
            params = InitializeJson.readParams(rawParams == null ? StrictJson.NULL : rawParams);
            if (params == null) {
                return null;
            }
        } else if (rawParams != null && rawParams != StrictJson.NULL) {
            return null;
        }
        if (id != null) {
            RequestMessage request = new InboundMessages.Request();
            request.setRawId(id);
            request.setMethod(method);
            request.setParams(params);
            return request;
        }
        NotificationMessage notification = new InboundMessages.Notification();
        notification.setMethod(method);
        notification.setParams(params);
        return notification;
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
    public static byte[] write(Message message, long emittedAtMs) {
        if (message instanceof ResponseMessage response && response.getError() == null
                && response.getResult() instanceof InitializeResponse initialize) {
            return InitializeJson.responseLine(response.getRawId(), initialize);
        }
        if (message instanceof NotificationMessage notification) {
            byte[] delta = DeltaLines.tryWrite(notification.getMethod(), notification.getParams(), emittedAtMs);
            if (delta != null) {
                return delta;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JsonTrees.generator(bytes)) {
            g.writeStartObject();
            // instanceof, not a pattern switch: a type switch spins a class at first use, on the startup path.
            if (message instanceof RequestMessage request) {
                writeId(g, request.getRawId());
                g.writeStringProperty("method", request.getMethod());
                g.writeName("params");
                WireCodecs.write(g, request.getParams());
            } else if (message instanceof NotificationMessage notification) {
                g.writeStringProperty("method", notification.getMethod());
                g.writeName("params");
                WireCodecs.write(g, notification.getParams());
                g.writeNumberProperty("emittedAtMs", emittedAtMs);
            } else if (message instanceof ResponseMessage response) {
                writeId(g, response.getRawId());
                if (response.getError() != null) {
                    ResponseError error = response.getError();
                    g.writeName("error");
                    g.writeStartObject();
                    g.writeNumberProperty("code", error.getCode());
                    g.writeStringProperty("message", error.getMessage());
                    if (error.getData() != null) {
                        g.writeName("data");
                        WireCodecs.write(g, error.getData());
                    }
                    g.writeEndObject();
                } else {
                    g.writeName("result");
                    WireCodecs.write(g, response.getResult());
                }
            } else {
                throw new IllegalArgumentException("unknown message type " + message.getClass());
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

    /**
     * Reads a {@code thread/start} line and writes an answer once, so that the first real request does not pay
     * for the parser's setup (jackson-core's factory and number classes, ~10 ms); the server calls it on a
     * background thread once {@code initialize} is answered.
     */
    public static void warmUp() {
        try {
            Message message = parse("{\"id\":0,\"method\":\"thread/start\",\"params\":{\"cwd\":\"/\",\"n\":1.5}}");
            if (message instanceof RequestMessage request && request.getParams() instanceof JsonNode params) {
                WireCodecs.read(ThreadStartParams.class, params);
            }
            write(errorResponse(Either.forRight(0), RpcErrors.INVALID_REQUEST, "warm-up"), 0);
        } catch (MalformedMessage | RuntimeException ignored) {
            // Only a warm-up: real requests report their own errors.
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
