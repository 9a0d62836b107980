package dev.codeloop.testkit.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scripted {@code text/event-stream} answer, built with {@link Sse}. Immutable. */
public final class SseStream implements ScriptedResponse {
    private final String responseId;
    private final List<StreamStep> steps;
    private final Duration eventDelay;
    private final StreamEnding ending;
    private final String endingLabel;

    SseStream(String responseId, List<StreamStep> steps, Duration eventDelay, StreamEnding ending, String endingLabel) {
        this.responseId = responseId;
        this.steps = List.copyOf(steps);
        this.eventDelay = eventDelay;
        this.ending = ending;
        this.endingLabel = endingLabel;
    }

    public String responseId() {
        return responseId;
    }

    /** The events in write order (pauses left out). */
    public List<SseEvent> events() {
        List<SseEvent> events = new ArrayList<>();
        for (StreamStep step : steps) {
            if (step instanceof StreamStep.Emit emit) {
                events.add(emit.event());
            }
        }
        return events;
    }

    /** Silence between two consecutive events; zero writes them back to back. */
    public Duration eventDelay() {
        return eventDelay;
    }

    List<StreamStep> steps() {
        return steps;
    }

    StreamEnding ending() {
        return ending;
    }

    /** E.g. {@code SSE resp_1: created, output_item.added, output_text.delta×3, … → completed}. */
    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("SSE ").append(responseId).append(':');
        String previous = null;
        int repeats = 0;
        for (StreamStep step : steps) {
            String label = switch (step) {
                case StreamStep.Emit emit -> shortName(emit.event().name());
                case StreamStep.Pause pause -> "pause " + Durations.format(pause.duration());
            };
            if (label.equals(previous)) {
                repeats++;
                continue;
            }
            appendLabel(out, previous, repeats);
            previous = label;
            repeats = 1;
        }
        appendLabel(out, previous, repeats);
        out.append(" → ").append(endingLabel);
        if (!eventDelay.isZero()) {
            out.append(" (event delay ").append(Durations.format(eventDelay)).append(')');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    private static void appendLabel(StringBuilder out, String label, int repeats) {
        if (label == null) {
            return;
        }
        out.append(out.charAt(out.length() - 1) == ':' ? " " : ", ").append(label);
        if (repeats > 1) {
            out.append('×').append(repeats);
        }
    }

    private static String shortName(String eventName) {
        if (eventName == null) {
            return "(unnamed)";
        }
        return eventName.startsWith("response.") ? eventName.substring("response.".length()) : eventName;
    }
}
