package dev.codeloop.server.rpc;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

/** The JSON-RPC error codes we answer with, and a short way to raise one from a handler. */
public final class RpcErrors {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** Too many requests pending (see {@link InboundLimit}); the client may retry. Same code and text as Codex. */
    public static final int OVERLOADED = -32001;
    public static final String OVERLOADED_MESSAGE = "Server overloaded; retry later.";

    private RpcErrors() {
    }

    public static ResponseErrorException error(int code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }

    public static ResponseErrorException error(int code, String message, Object data) {
        return new ResponseErrorException(new ResponseError(code, message, data));
    }

    public static ResponseErrorException invalidRequest(String message) {
        return error(INVALID_REQUEST, message);
    }

    public static ResponseErrorException invalidParams(String message) {
        return error(INVALID_PARAMS, message);
    }
}
