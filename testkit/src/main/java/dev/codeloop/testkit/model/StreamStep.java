package dev.codeloop.testkit.model;

import java.time.Duration;

/** One step of a scripted SSE stream: write an event, or stay silent for a while. */
sealed interface StreamStep {

    record Emit(SseEvent event) implements StreamStep {}

    record Pause(Duration duration) implements StreamStep {}
}
