package dev.codeloop.testkit.model;

/** One scripted answer to a {@code POST /responses}: an SSE stream or an HTTP error. */
public sealed interface ScriptedResponse permits SseStream, HttpError {

    /** A one-line, human-readable summary, used in failure messages and {@code toString()}. */
    String describe();
}
