package dev.codeloop.testkit.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds one scripted SSE stream. Item methods write the full event sequence the Responses API sends
 * for that item and remember the finished item for {@code response.completed}'s {@code output}. Every
 * event gets the next {@code sequence_number}. A terminal method ({@link #completed()},
 * {@link #cutBeforeCompletion()}, {@link #stallFor(Duration)}, …) returns the finished, immutable stream;
 * the builder is spent after that.
 */
public final class SseStreamBuilder {
    public static final long DEFAULT_CUT_GRACE_MILLIS = 50;

    private final String responseId;
    private final List<StreamStep> steps = new ArrayList<>();
    private final List<ObjectNode> output = new ArrayList<>();
    private Duration eventDelay = Duration.ZERO;
    private int sequenceNumber;
    private boolean spent;

    SseStreamBuilder(String responseId, boolean withCreated) {
        this.responseId = Objects.requireNonNull(responseId, "responseId");
        if (withCreated) {
            event(ResponsesEvents.responseCreated(responseId));
        }
    }

    /** Silence between any two consecutive events of this stream; flushed one by one, so clients see them arrive over time. */
    public SseStreamBuilder eventDelay(Duration delay) {
        checkNotSpent();
        this.eventDelay = Durations.requireNonNegative(delay, "eventDelay");
        return this;
    }

    /** Silence at this point of the stream, on top of any event delay. */
    public SseStreamBuilder pause(Duration duration) {
        checkNotSpent();
        steps.add(new StreamStep.Pause(Durations.requireNonNegative(duration, "pause")));
        return this;
    }

    /** An assistant message whose text is the concatenation of {@code deltas}, one delta event each. */
    public SseStreamBuilder message(String itemId, String... deltas) {
        return message(itemId, List.of(deltas));
    }

    public SseStreamBuilder message(String itemId, List<String> deltas) {
        int index = output.size();
        String text = String.join("", deltas);
        event(ResponsesEvents.outputItemAdded(index, OutputItems.messageInProgress(itemId)));
        event(ResponsesEvents.contentPartAdded(itemId, index, 0));
        for (String delta : deltas) {
            event(ResponsesEvents.outputTextDelta(itemId, index, 0, delta));
        }
        event(ResponsesEvents.outputTextDone(itemId, index, 0, text));
        event(ResponsesEvents.contentPartDone(itemId, index, 0, text));
        return itemDone(index, OutputItems.message(itemId, text));
    }

    /** A reasoning item with one summary part made of {@code summaryDeltas}, and opaque encrypted content. */
    public SseStreamBuilder reasoning(String itemId, String... summaryDeltas) {
        return reasoning(itemId, List.of(summaryDeltas));
    }

    public SseStreamBuilder reasoning(String itemId, List<String> summaryDeltas) {
        int index = output.size();
        String summary = String.join("", summaryDeltas);
        event(ResponsesEvents.outputItemAdded(index, OutputItems.reasoningInProgress(itemId)));
        event(ResponsesEvents.reasoningSummaryPartAdded(itemId, index, 0));
        for (String delta : summaryDeltas) {
            event(ResponsesEvents.reasoningSummaryTextDelta(itemId, index, 0, delta));
        }
        event(ResponsesEvents.reasoningSummaryTextDone(itemId, index, 0, summary));
        event(ResponsesEvents.reasoningSummaryPartDone(itemId, index, 0, summary));
        return itemDone(index, OutputItems.reasoning(itemId, summary, "opaque-encrypted-" + itemId));
    }

    /** A function call with item id {@code fc_<callId>}; {@code arguments} is the JSON string, sent as one delta. */
    public SseStreamBuilder functionCall(String callId, String name, String arguments) {
        return functionCall(callId, name, List.of(arguments));
    }

    public SseStreamBuilder functionCall(String callId, String name, List<String> argumentDeltas) {
        int index = output.size();
        String itemId = "fc_" + callId;
        String arguments = String.join("", argumentDeltas);
        event(ResponsesEvents.outputItemAdded(index, OutputItems.functionCallInProgress(itemId, callId, name)));
        for (String delta : argumentDeltas) {
            event(ResponsesEvents.functionCallArgumentsDelta(itemId, index, delta));
        }
        event(ResponsesEvents.functionCallArgumentsDone(itemId, index, arguments));
        return itemDone(index, OutputItems.functionCall(itemId, callId, name, arguments));
    }

    /** A freeform tool call (e.g. {@code apply_patch}) with item id {@code ctc_<callId>}, input sent as one delta. */
    public SseStreamBuilder customToolCall(String callId, String name, String input) {
        return customToolCall(callId, name, List.of(input));
    }

    public SseStreamBuilder customToolCall(String callId, String name, List<String> inputDeltas) {
        int index = output.size();
        String itemId = "ctc_" + callId;
        String input = String.join("", inputDeltas);
        event(ResponsesEvents.outputItemAdded(index, OutputItems.customToolCallInProgress(itemId, callId, name)));
        for (String delta : inputDeltas) {
            event(ResponsesEvents.customToolCallInputDelta(itemId, index, delta));
        }
        event(ResponsesEvents.customToolCallInputDone(itemId, index, input));
        return itemDone(index, OutputItems.customToolCall(itemId, callId, name, input));
    }

    /** Any other item kind: {@code output_item.added} with {@code inProgress}, then {@code output_item.done} with {@code done}. */
    public SseStreamBuilder item(ObjectNode inProgress, ObjectNode done) {
        int index = output.size();
        event(ResponsesEvents.outputItemAdded(index, inProgress));
        return itemDone(index, done);
    }

    /** Any event payload (must have a {@code type}); gets the next {@code sequence_number} unless it has one. */
    public SseStreamBuilder event(ObjectNode payload) {
        checkNotSpent();
        ObjectNode stamped = Json.object();
        stamped.set("type", payload.get("type"));
        stamped.put("sequence_number", sequenceNumber++);
        stamped.setAll(payload.deepCopy());
        steps.add(new StreamStep.Emit(SseEvent.of(stamped)));
        return this;
    }

    /** An event written verbatim, for malformed or unknown events; {@code name} null omits the {@code event:} line. */
    public SseStreamBuilder rawEvent(String name, String data) {
        checkNotSpent();
        steps.add(new StreamStep.Emit(new SseEvent(name, data)));
        return this;
    }

    /** Ends with {@code response.completed} listing every item, with {@link Usage#DEFAULT}. */
    public SseStream completed() {
        return completed(Usage.DEFAULT);
    }

    public SseStream completed(Usage usage) {
        event(ResponsesEvents.responseCompleted(responseId, output, usage));
        return finish(new StreamEnding.Finish(), "completed");
    }

    public SseStream failed(String code, String message) {
        event(ResponsesEvents.responseFailed(responseId, code, message));
        return finish(new StreamEnding.Finish(), "failed(" + code + ")");
    }

    public SseStream incomplete(String reason) {
        event(ResponsesEvents.responseIncomplete(responseId, reason, output, Usage.DEFAULT));
        return finish(new StreamEnding.Finish(), "incomplete(" + reason + ")");
    }

    /** Ends with a top-level {@code error} event, then a clean end of stream. */
    public SseStream error(String code, String message) {
        event(ResponsesEvents.error(code, message));
        return finish(new StreamEnding.Finish(), "error(" + code + ")");
    }

    /** A clean end of the HTTP body with no terminal event: the client sees EOF before completion. */
    public SseStream endWithoutCompletion() {
        return finish(new StreamEnding.Finish(), "EOF without completion");
    }

    /**
     * Cuts the stream mid-body, with no terminal event: the server stops sending without the final chunk, so
     * the client reads the events so far and then hits end of input inside the body (an I/O error for most
     * HTTP clients). The cut comes {@value #DEFAULT_CUT_GRACE_MILLIS} ms after the last event because some
     * clients (java.net.http among them) throw away bytes they have received but not yet handed over once the
     * body fails, which would make "events, then the cut" flaky.
     */
    public SseStream cutBeforeCompletion() {
        return cutBeforeCompletion(Duration.ofMillis(DEFAULT_CUT_GRACE_MILLIS));
    }

    /** Like {@link #cutBeforeCompletion()} with the given wait after the last event ({@code ZERO}: at once). */
    public SseStream cutBeforeCompletion(Duration grace) {
        Durations.requireNonNegative(grace, "grace");
        return finish(new StreamEnding.Drop(grace), "connection cut");
    }

    /** Sends nothing more for {@code duration}, keeping the connection open, then cuts it like {@link #cutBeforeCompletion()}. */
    public SseStream stallFor(Duration duration) {
        Durations.requireNonNegative(duration, "stall");
        return finish(new StreamEnding.Stall(duration), "stall " + Durations.format(duration));
    }

    /** Sends nothing more until the server closes, keeping the connection open. */
    public SseStream stallForever() {
        return finish(new StreamEnding.Stall(null), "stall forever");
    }

    private SseStreamBuilder itemDone(int index, ObjectNode done) {
        event(ResponsesEvents.outputItemDone(index, done));
        output.add(done);
        return this;
    }

    private SseStream finish(StreamEnding ending, String label) {
        checkNotSpent();
        spent = true;
        return new SseStream(responseId, steps, eventDelay, ending, label);
    }

    private void checkNotSpent() {
        if (spent) {
            throw new IllegalStateException("this stream builder already produced its stream; start a new one with Sse.response(...)");
        }
    }
}
