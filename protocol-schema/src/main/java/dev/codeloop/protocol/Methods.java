package dev.codeloop.protocol;

import dev.codeloop.protocol.approval.CommandExecutionRequestApprovalParams;
import dev.codeloop.protocol.approval.CommandExecutionRequestApprovalResponse;
import dev.codeloop.protocol.approval.FileChangeRequestApprovalParams;
import dev.codeloop.protocol.approval.FileChangeRequestApprovalResponse;
import dev.codeloop.protocol.approval.ServerRequestResolvedNotification;
import dev.codeloop.protocol.config.ConfigWarningNotification;
import dev.codeloop.protocol.config.WarningNotification;
import dev.codeloop.protocol.initialize.InitializeParams;
import dev.codeloop.protocol.initialize.InitializeResponse;
import dev.codeloop.protocol.item.AgentMessageDeltaNotification;
import dev.codeloop.protocol.item.CommandExecutionOutputDeltaNotification;
import dev.codeloop.protocol.item.ItemCompletedNotification;
import dev.codeloop.protocol.item.ItemStartedNotification;
import dev.codeloop.protocol.item.ReasoningSummaryPartAddedNotification;
import dev.codeloop.protocol.item.ReasoningSummaryTextDeltaNotification;
import dev.codeloop.protocol.thread.ThreadArchiveParams;
import dev.codeloop.protocol.thread.ThreadArchiveResponse;
import dev.codeloop.protocol.thread.ThreadArchivedNotification;
import dev.codeloop.protocol.thread.ThreadClosedNotification;
import dev.codeloop.protocol.thread.ThreadForkParams;
import dev.codeloop.protocol.thread.ThreadForkResponse;
import dev.codeloop.protocol.thread.ThreadListParams;
import dev.codeloop.protocol.thread.ThreadListResponse;
import dev.codeloop.protocol.thread.ThreadLoadedListParams;
import dev.codeloop.protocol.thread.ThreadLoadedListResponse;
import dev.codeloop.protocol.thread.ThreadNameUpdatedNotification;
import dev.codeloop.protocol.thread.ThreadReadParams;
import dev.codeloop.protocol.thread.ThreadReadResponse;
import dev.codeloop.protocol.thread.ThreadResumeParams;
import dev.codeloop.protocol.thread.ThreadResumeResponse;
import dev.codeloop.protocol.thread.ThreadRollbackParams;
import dev.codeloop.protocol.thread.ThreadRollbackResponse;
import dev.codeloop.protocol.thread.ThreadSetNameParams;
import dev.codeloop.protocol.thread.ThreadSetNameResponse;
import dev.codeloop.protocol.thread.ThreadStartParams;
import dev.codeloop.protocol.thread.ThreadStartResponse;
import dev.codeloop.protocol.thread.ThreadStartedNotification;
import dev.codeloop.protocol.thread.ThreadStatusChangedNotification;
import dev.codeloop.protocol.thread.ThreadTokenUsageUpdatedNotification;
import dev.codeloop.protocol.thread.ThreadUnarchiveParams;
import dev.codeloop.protocol.thread.ThreadUnarchiveResponse;
import dev.codeloop.protocol.thread.ThreadUnarchivedNotification;
import dev.codeloop.protocol.thread.ThreadUnsubscribeParams;
import dev.codeloop.protocol.thread.ThreadUnsubscribeResponse;
import dev.codeloop.protocol.turn.ErrorNotification;
import dev.codeloop.protocol.turn.TurnCompletedNotification;
import dev.codeloop.protocol.turn.TurnDiffUpdatedNotification;
import dev.codeloop.protocol.turn.TurnPlanUpdatedNotification;
import dev.codeloop.protocol.turn.TurnInterruptParams;
import dev.codeloop.protocol.turn.TurnInterruptResponse;
import dev.codeloop.protocol.turn.TurnStartParams;
import dev.codeloop.protocol.turn.TurnStartResponse;
import dev.codeloop.protocol.turn.TurnStartedNotification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The method table: every method of the protocol, in one place. Dispatch, schema generation, docs and
 * tests all read it, so a method cannot exist in one and be missing from another.
 */
public final class Methods {

    private static final String V1 = "1.0.0";

    // Connection lifecycle
    public static final MethodDescriptor<InitializeParams, InitializeResponse> INITIALIZE =
            clientRequest("initialize", InitializeParams.class, InitializeResponse.class, V1);
    public static final MethodDescriptor<Void, Void> INITIALIZED =
            new MethodDescriptor<>("initialized", Direction.CLIENT_NOTIFICATION, Void.class, Void.class, false, V1);

    // Threads
    public static final MethodDescriptor<ThreadStartParams, ThreadStartResponse> THREAD_START =
            clientRequest("thread/start", ThreadStartParams.class, ThreadStartResponse.class, V1);
    public static final MethodDescriptor<ThreadReadParams, ThreadReadResponse> THREAD_READ =
            clientRequest("thread/read", ThreadReadParams.class, ThreadReadResponse.class, V1);
    public static final MethodDescriptor<ThreadListParams, ThreadListResponse> THREAD_LIST =
            clientRequest("thread/list", ThreadListParams.class, ThreadListResponse.class, V1);
    public static final MethodDescriptor<ThreadResumeParams, ThreadResumeResponse> THREAD_RESUME =
            clientRequest("thread/resume", ThreadResumeParams.class, ThreadResumeResponse.class, V1);
    public static final MethodDescriptor<ThreadForkParams, ThreadForkResponse> THREAD_FORK =
            clientRequest("thread/fork", ThreadForkParams.class, ThreadForkResponse.class, V1);
    public static final MethodDescriptor<ThreadArchiveParams, ThreadArchiveResponse> THREAD_ARCHIVE =
            clientRequest("thread/archive", ThreadArchiveParams.class, ThreadArchiveResponse.class, V1);
    public static final MethodDescriptor<ThreadUnarchiveParams, ThreadUnarchiveResponse> THREAD_UNARCHIVE =
            clientRequest("thread/unarchive", ThreadUnarchiveParams.class, ThreadUnarchiveResponse.class, V1);
    public static final MethodDescriptor<ThreadSetNameParams, ThreadSetNameResponse> THREAD_SET_NAME =
            clientRequest("thread/name/set", ThreadSetNameParams.class, ThreadSetNameResponse.class, V1);
    public static final MethodDescriptor<ThreadUnsubscribeParams, ThreadUnsubscribeResponse> THREAD_UNSUBSCRIBE =
            clientRequest("thread/unsubscribe", ThreadUnsubscribeParams.class, ThreadUnsubscribeResponse.class, V1);
    public static final MethodDescriptor<ThreadLoadedListParams, ThreadLoadedListResponse> THREAD_LOADED_LIST =
            clientRequest("thread/loaded/list", ThreadLoadedListParams.class, ThreadLoadedListResponse.class, V1);
    /** Codex's earlier API (replaced there by thread/revert); kept because clients still use it. */
    public static final MethodDescriptor<ThreadRollbackParams, ThreadRollbackResponse> THREAD_ROLLBACK =
            experimentalClientRequest("thread/rollback", ThreadRollbackParams.class, ThreadRollbackResponse.class, V1);

    // Turns
    public static final MethodDescriptor<TurnStartParams, TurnStartResponse> TURN_START =
            clientRequest("turn/start", TurnStartParams.class, TurnStartResponse.class, V1);
    public static final MethodDescriptor<TurnInterruptParams, TurnInterruptResponse> TURN_INTERRUPT =
            clientRequest("turn/interrupt", TurnInterruptParams.class, TurnInterruptResponse.class, V1);

    // Notifications
    public static final MethodDescriptor<ThreadStartedNotification, Void> THREAD_STARTED =
            notification("thread/started", ThreadStartedNotification.class, V1);
    public static final MethodDescriptor<ThreadStatusChangedNotification, Void> THREAD_STATUS_CHANGED =
            notification("thread/status/changed", ThreadStatusChangedNotification.class, V1);
    public static final MethodDescriptor<ThreadArchivedNotification, Void> THREAD_ARCHIVED =
            notification("thread/archived", ThreadArchivedNotification.class, V1);
    public static final MethodDescriptor<ThreadUnarchivedNotification, Void> THREAD_UNARCHIVED =
            notification("thread/unarchived", ThreadUnarchivedNotification.class, V1);
    public static final MethodDescriptor<ThreadClosedNotification, Void> THREAD_CLOSED =
            notification("thread/closed", ThreadClosedNotification.class, V1);
    public static final MethodDescriptor<ThreadNameUpdatedNotification, Void> THREAD_NAME_UPDATED =
            notification("thread/name/updated", ThreadNameUpdatedNotification.class, V1);
    public static final MethodDescriptor<ThreadTokenUsageUpdatedNotification, Void> THREAD_TOKEN_USAGE_UPDATED =
            notification("thread/tokenUsage/updated", ThreadTokenUsageUpdatedNotification.class, V1);
    public static final MethodDescriptor<TurnStartedNotification, Void> TURN_STARTED =
            notification("turn/started", TurnStartedNotification.class, V1);
    public static final MethodDescriptor<TurnCompletedNotification, Void> TURN_COMPLETED =
            notification("turn/completed", TurnCompletedNotification.class, V1);
    public static final MethodDescriptor<ItemStartedNotification, Void> ITEM_STARTED =
            notification("item/started", ItemStartedNotification.class, V1);
    public static final MethodDescriptor<ItemCompletedNotification, Void> ITEM_COMPLETED =
            notification("item/completed", ItemCompletedNotification.class, V1);
    public static final MethodDescriptor<AgentMessageDeltaNotification, Void> AGENT_MESSAGE_DELTA =
            notification("item/agentMessage/delta", AgentMessageDeltaNotification.class, V1);
    public static final MethodDescriptor<ReasoningSummaryTextDeltaNotification, Void> REASONING_SUMMARY_TEXT_DELTA =
            notification("item/reasoning/summaryTextDelta", ReasoningSummaryTextDeltaNotification.class, V1);
    public static final MethodDescriptor<ReasoningSummaryPartAddedNotification, Void> REASONING_SUMMARY_PART_ADDED =
            notification("item/reasoning/summaryPartAdded", ReasoningSummaryPartAddedNotification.class, V1);
    public static final MethodDescriptor<CommandExecutionOutputDeltaNotification, Void> COMMAND_OUTPUT_DELTA =
            notification("item/commandExecution/outputDelta", CommandExecutionOutputDeltaNotification.class, V1);
    public static final MethodDescriptor<ErrorNotification, Void> ERROR =
            notification("error", ErrorNotification.class, V1);
    public static final MethodDescriptor<ConfigWarningNotification, Void> CONFIG_WARNING =
            notification("configWarning", ConfigWarningNotification.class, V1);
    public static final MethodDescriptor<WarningNotification, Void> WARNING =
            notification("warning", WarningNotification.class, V1);
    public static final MethodDescriptor<TurnDiffUpdatedNotification, Void> TURN_DIFF_UPDATED =
            notification("turn/diff/updated", TurnDiffUpdatedNotification.class, V1);
    public static final MethodDescriptor<TurnPlanUpdatedNotification, Void> TURN_PLAN_UPDATED =
            notification("turn/plan/updated", TurnPlanUpdatedNotification.class, V1);
    public static final MethodDescriptor<ServerRequestResolvedNotification, Void> SERVER_REQUEST_RESOLVED =
            notification("serverRequest/resolved", ServerRequestResolvedNotification.class, V1);

    // Server → client requests
    public static final MethodDescriptor<CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse>
            COMMAND_EXECUTION_REQUEST_APPROVAL = serverRequest("item/commandExecution/requestApproval",
            CommandExecutionRequestApprovalParams.class, CommandExecutionRequestApprovalResponse.class, V1);
    public static final MethodDescriptor<FileChangeRequestApprovalParams, FileChangeRequestApprovalResponse>
            FILE_CHANGE_REQUEST_APPROVAL = serverRequest("item/fileChange/requestApproval",
            FileChangeRequestApprovalParams.class, FileChangeRequestApprovalResponse.class, V1);

    /** Every method, in table order. */
    public static final List<MethodDescriptor<?, ?>> ALL = List.of(
            INITIALIZE, INITIALIZED,
            THREAD_START, THREAD_READ, THREAD_LIST, THREAD_RESUME, THREAD_FORK, THREAD_ARCHIVE, THREAD_UNARCHIVE,
            THREAD_SET_NAME, THREAD_UNSUBSCRIBE, THREAD_LOADED_LIST, THREAD_ROLLBACK,
            TURN_START, TURN_INTERRUPT,
            THREAD_STARTED, THREAD_STATUS_CHANGED, THREAD_ARCHIVED, THREAD_UNARCHIVED, THREAD_CLOSED,
            THREAD_NAME_UPDATED, THREAD_TOKEN_USAGE_UPDATED,
            TURN_STARTED, TURN_COMPLETED,
            ITEM_STARTED, ITEM_COMPLETED,
            AGENT_MESSAGE_DELTA, REASONING_SUMMARY_TEXT_DELTA, REASONING_SUMMARY_PART_ADDED, COMMAND_OUTPUT_DELTA,
            ERROR, CONFIG_WARNING, WARNING, TURN_DIFF_UPDATED, TURN_PLAN_UPDATED, SERVER_REQUEST_RESOLVED,
            COMMAND_EXECUTION_REQUEST_APPROVAL, FILE_CHANGE_REQUEST_APPROVAL);

    private static final Map<String, MethodDescriptor<?, ?>> BY_NAME = index();

    private Methods() {
    }

    public static Optional<MethodDescriptor<?, ?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Map<String, MethodDescriptor<?, ?>> index() {
        Map<String, MethodDescriptor<?, ?>> map = new LinkedHashMap<>();
        for (MethodDescriptor<?, ?> method : ALL) {
            if (map.put(method.name(), method) != null) {
                throw new IllegalStateException("duplicate method in table: " + method.name());
            }
        }
        return Map.copyOf(map);
    }

    private static <P, R> MethodDescriptor<P, R> clientRequest(String name, Class<P> params, Class<R> result, String since) {
        return new MethodDescriptor<>(name, Direction.CLIENT_REQUEST, params, result, false, since);
    }

    /** A Codeloop extension clients must opt in to: its shape may still change. */
    private static <P, R> MethodDescriptor<P, R> experimentalClientRequest(String name, Class<P> params,
                                                                          Class<R> result, String since) {
        return new MethodDescriptor<>(name, Direction.CLIENT_REQUEST, params, result, true, since);
    }

    private static <P, R> MethodDescriptor<P, R> serverRequest(String name, Class<P> params, Class<R> result,
                                                              String since) {
        return new MethodDescriptor<>(name, Direction.SERVER_REQUEST, params, result, false, since);
    }

    private static <P> MethodDescriptor<P, Void> notification(String name, Class<P> params, String since) {
        return new MethodDescriptor<>(name, Direction.SERVER_NOTIFICATION, params, Void.class, false, since);
    }
}
