package dev.codeloop.core.model;

import dev.codeloop.core.concurrent.CancellationToken;

/** Talks to a model server: one streamed response per call. */
public interface ModelClient {

    /**
     * Sends the request and delivers the response's events to {@code listener} on this thread, returning
     * once {@link ModelEvent.Completed} was delivered. Transport-level retries (connection errors, 5xx) happen
     * inside; anything left over is thrown as a typed {@link ModelException}. A runtime exception thrown by
     * {@code listener} ends the call and propagates unchanged: it is the caller's failure, not the model's.
     */
    void stream(ModelRequest request, ModelEventListener listener, CancellationToken cancel) throws ModelException;
}
