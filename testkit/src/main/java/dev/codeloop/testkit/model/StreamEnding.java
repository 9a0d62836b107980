package dev.codeloop.testkit.model;

import java.time.Duration;

/** What the server does with the connection once a scripted stream's events are written. */
sealed interface StreamEnding {

    /** End the chunked body properly; the client sees a clean end of stream. */
    record Finish() implements StreamEnding {}

    /** After {@code grace}, end the body mid-stream (no last chunk); the client sees a truncated stream. */
    record Drop(Duration grace) implements StreamEnding {}

    /** Send nothing for {@code duration} (null: until the server closes), then end the body mid-stream like {@link Drop}. */
    record Stall(Duration duration) implements StreamEnding {}
}
