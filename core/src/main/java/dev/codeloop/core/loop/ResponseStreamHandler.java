package dev.codeloop.core.loop;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.model.ModelEvent;
import dev.codeloop.core.model.ModelEventListener;
import dev.codeloop.core.tools.ToolCall;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import dev.codeloop.core.tools.ToolRouter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Handles one streamed model response: turns its events into client items, records finished output in the
 * history, and runs each tool call as soon as the call is complete (its output is recorded right after it).
 * Because items are recorded when done, a stream that breaks later keeps what was finished and the retried
 * request includes it.
 */
final class ResponseStreamHandler implements ModelEventListener {

    private final TurnEmitter events;
    private final ConversationHistory history;
    private final ToolRouter tools;
    private final ToolContext toolContext;
    private final Map<String, StreamingItem> open = new HashMap<>();

    private boolean needsFollowUp;
    private TokenUsage usage = TokenUsage.ZERO;
    private boolean completed;
    private Item.AgentMessage lastAgentMessage;

    ResponseStreamHandler(TurnEmitter events, ConversationHistory history, ToolRouter tools, ToolContext toolContext) {
        this.events = events;
        this.history = history;
        this.tools = tools;
        this.toolContext = toolContext;
    }

    /** An item that has started streaming but is not done yet. */
    private static final class StreamingItem {
        final long startedAtMs;
        final StringBuilder text = new StringBuilder();
        final List<StringBuilder> summary = new ArrayList<>();

        StreamingItem(long startedAtMs) {
            this.startedAtMs = startedAtMs;
        }

        StringBuilder summaryPart(int index) {
            while (summary.size() <= index) {
                summary.add(new StringBuilder());
            }
            return summary.get(index);
        }
    }

    @Override
    public void onEvent(ModelEvent event) {
        switch (event) {
            case ModelEvent.Created created -> { }
            case ModelEvent.OutputItemAdded added -> itemAdded(added);
            case ModelEvent.TextDelta delta -> {
                StreamingItem item = open.get(delta.itemId());
                if (item != null) {
                    item.text.append(delta.delta());
                    events.agentMessageDelta(delta.itemId(), delta.delta());
                }
            }
            case ModelEvent.ReasoningSummaryPartAdded part -> {
                StreamingItem item = open.get(part.itemId());
                if (item != null) {
                    item.summaryPart(part.summaryIndex());
                    events.reasoningSummaryPartAdded(part.itemId(), part.summaryIndex());
                }
            }
            case ModelEvent.ReasoningSummaryDelta delta -> {
                StreamingItem item = open.get(delta.itemId());
                if (item != null) {
                    item.summaryPart(delta.summaryIndex()).append(delta.delta());
                    events.reasoningSummaryDelta(delta.itemId(), delta.summaryIndex(), delta.delta());
                }
            }
            case ModelEvent.OutputItemDone done -> itemDone(done);
            case ModelEvent.Completed done -> {
                completed = true;
                if (done.usage() != null) {
                    usage = done.usage();
                }
            }
        }
    }

    private void itemAdded(ModelEvent.OutputItemAdded added) {
        switch (added.kind()) {
            case MESSAGE -> {
                StreamingItem item = new StreamingItem(events.nowMs());
                open.put(added.itemId(), item);
                events.itemStarted(new Item.AgentMessage(added.itemId(), "", item.startedAtMs, null));
            }
            case REASONING -> {
                StreamingItem item = new StreamingItem(events.nowMs());
                open.put(added.itemId(), item);
                events.itemStarted(new Item.Reasoning(added.itemId(), List.of(), List.of(), item.startedAtMs, null));
            }
            case FUNCTION_CALL, CUSTOM_TOOL_CALL, OTHER -> { }
        }
    }

    private void itemDone(ModelEvent.OutputItemDone done) {
        ResponseItem item = done.item();
        history.append(item);
        switch (item) {
            case ResponseItem.Message message when "assistant".equals(message.role()) ->
                    completeAgentMessage(done.itemId(), message);
            case ResponseItem.Reasoning reasoning -> completeReasoning(done.itemId(), reasoning);
            case ResponseItem.FunctionCall call -> runTool(new ToolCall(call.callId(), call.name(), call.arguments(), false));
            case ResponseItem.CustomToolCall call -> runTool(new ToolCall(call.callId(), call.name(), call.input(), true));
            default -> { }
        }
    }

    private void completeAgentMessage(String itemId, ResponseItem.Message message) {
        StringBuilder text = new StringBuilder();
        for (ResponseItem.ContentPart part : message.content()) {
            if (part instanceof ResponseItem.ContentPart.OutputText t) {
                text.append(t.text());
            }
        }
        StreamingItem streaming = open.remove(itemId);
        long startedAt;
        if (streaming == null) {
            // Some providers send a finished item with no "added" event before it: show it as started too.
            startedAt = events.nowMs();
            events.itemStarted(new Item.AgentMessage(itemId, "", startedAt, null));
        } else {
            startedAt = streaming.startedAtMs;
        }
        Item.AgentMessage finished = new Item.AgentMessage(itemId, text.toString(), startedAt, events.nowMs());
        lastAgentMessage = finished;
        events.itemCompleted(finished);
    }

    private void completeReasoning(String itemId, ResponseItem.Reasoning reasoning) {
        StreamingItem streaming = open.remove(itemId);
        long startedAt;
        if (streaming == null) {
            startedAt = events.nowMs();
            events.itemStarted(new Item.Reasoning(itemId, List.of(), List.of(), startedAt, null));
        } else {
            startedAt = streaming.startedAtMs;
        }
        events.itemCompleted(new Item.Reasoning(itemId, List.copyOf(reasoning.summary()), List.of(), startedAt,
                events.nowMs()));
    }

    private void runTool(ToolCall call) {
        needsFollowUp = true;
        ToolResult result = tools.invoke(call, toolContext);
        history.append(call.freeform()
                ? new ResponseItem.CustomToolCallOutput(call.callId(), result.output())
                : new ResponseItem.FunctionCallOutput(call.callId(), result.output()));
    }

    SamplingResult result() {
        return new SamplingResult(needsFollowUp, usage);
    }

    boolean completed() {
        return completed;
    }

    Item.AgentMessage lastAgentMessage() {
        return lastAgentMessage;
    }
}
