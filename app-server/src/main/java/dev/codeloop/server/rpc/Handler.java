package dev.codeloop.server.rpc;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/** Serves one request method. Throws {@link ResponseErrorException} to answer with a JSON-RPC error. */
@FunctionalInterface
public interface Handler<P, R> {

    Reply<R> handle(P params) throws ResponseErrorException;
}
