package dev.codeloop.server.mapping;

import dev.codeloop.core.event.PlanStep;
import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.item.AgentMessageDeltaNotification;
import dev.codeloop.protocol.item.CommandExecutionOutputDeltaNotification;
import dev.codeloop.protocol.item.ItemCompletedNotification;
import dev.codeloop.protocol.item.ItemStartedNotification;
import dev.codeloop.protocol.item.ReasoningSummaryPartAddedNotification;
import dev.codeloop.protocol.item.ReasoningSummaryTextDeltaNotification;
import dev.codeloop.protocol.thread.ThreadStatusChangedNotification;
import dev.codeloop.protocol.thread.ThreadTokenUsageUpdatedNotification;
import dev.codeloop.protocol.turn.ErrorNotification;
import dev.codeloop.protocol.config.WarningNotification;
import dev.codeloop.protocol.turn.TurnCompletedNotification;
import dev.codeloop.protocol.turn.TurnDiffUpdatedNotification;
import dev.codeloop.protocol.turn.TurnPlanStep;
import dev.codeloop.protocol.turn.TurnPlanUpdatedNotification;
import dev.codeloop.protocol.turn.TurnStartedNotification;
import dev.codeloop.server.rpc.NotificationSender;

/**
 * The protocol mapping: each core event becomes exactly one wire notification, sent on the calling thread
 * so a thread's events keep their order all the way to stdout.
 */
public final class EventForwarder implements ThreadEventListener {

    private final NotificationSender sender;

    public EventForwarder(NotificationSender sender) {
        this.sender = sender;
    }

    @Override
    public void onEvent(ThreadEvent event) {
        switch (event) {
            case ThreadEvent.StatusChanged e -> sender.send(Methods.THREAD_STATUS_CHANGED,
                    new ThreadStatusChangedNotification(e.threadId(), ThreadMapper.status(e.status())));
            case ThreadEvent.TurnStarted e -> sender.send(Methods.TURN_STARTED,
                    new TurnStartedNotification(e.threadId(), TurnMapper.toWire(e.turn())));
            case ThreadEvent.TurnCompleted e -> sender.send(Methods.TURN_COMPLETED,
                    new TurnCompletedNotification(e.threadId(), TurnMapper.toWire(e.turn())));
            case ThreadEvent.ItemStarted e -> sender.send(Methods.ITEM_STARTED,
                    new ItemStartedNotification(ItemMapper.toWire(e.item()), e.threadId(), e.turnId(), e.atMs()));
            case ThreadEvent.ItemCompleted e -> sender.send(Methods.ITEM_COMPLETED,
                    new ItemCompletedNotification(ItemMapper.toWire(e.item()), e.threadId(), e.turnId(), e.atMs()));
            case ThreadEvent.AgentMessageDelta e -> sender.send(Methods.AGENT_MESSAGE_DELTA,
                    new AgentMessageDeltaNotification(e.threadId(), e.turnId(), e.itemId(), e.delta()));
            case ThreadEvent.ReasoningSummaryPartAdded e -> sender.send(Methods.REASONING_SUMMARY_PART_ADDED,
                    new ReasoningSummaryPartAddedNotification(e.threadId(), e.turnId(), e.itemId(), e.summaryIndex()));
            case ThreadEvent.ReasoningSummaryDelta e -> sender.send(Methods.REASONING_SUMMARY_TEXT_DELTA,
                    new ReasoningSummaryTextDeltaNotification(e.threadId(), e.turnId(), e.itemId(), e.delta(),
                            e.summaryIndex()));
            case ThreadEvent.CommandOutputDelta e -> sender.send(Methods.COMMAND_OUTPUT_DELTA,
                    new CommandExecutionOutputDeltaNotification(e.threadId(), e.turnId(), e.itemId(), e.delta()));
            case ThreadEvent.TokenUsageUpdated e -> sender.send(Methods.THREAD_TOKEN_USAGE_UPDATED,
                    new ThreadTokenUsageUpdatedNotification(e.threadId(), e.turnId(),
                            TurnMapper.usage(e.total(), e.last(), e.modelContextWindow())));
            case ThreadEvent.TurnDiffUpdated e -> sender.send(Methods.TURN_DIFF_UPDATED,
                    new TurnDiffUpdatedNotification(e.threadId(), e.turnId(), e.diff()));
            case ThreadEvent.PlanUpdated e -> sender.send(Methods.TURN_PLAN_UPDATED,
                    new TurnPlanUpdatedNotification(e.threadId(), e.turnId(), e.explanation(), planSteps(e.plan())));
            case ThreadEvent.Warning e -> sender.send(Methods.WARNING, new WarningNotification(e.message(), e.threadId()));
            case ThreadEvent.Error e -> sender.send(Methods.ERROR,
                    new ErrorNotification(TurnMapper.error(e.failure()), e.willRetry(), e.threadId(), e.turnId()));
        }
    }

    private static java.util.List<TurnPlanStep> planSteps(java.util.List<PlanStep> plan) {
        return plan.stream().map(step -> new TurnPlanStep(step.step(), switch (step.status()) {
            case PENDING -> TurnPlanStep.Status.PENDING;
            case IN_PROGRESS -> TurnPlanStep.Status.IN_PROGRESS;
            case COMPLETED -> TurnPlanStep.Status.COMPLETED;
        })).toList();
    }
}
