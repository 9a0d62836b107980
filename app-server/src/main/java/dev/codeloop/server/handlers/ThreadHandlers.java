package dev.codeloop.server.handlers;

import dev.codeloop.core.config.ConfigException;
import dev.codeloop.core.thread.AgentThread;
import dev.codeloop.core.thread.NoSuchThreadException;
import dev.codeloop.core.thread.ThreadBusyException;
import dev.codeloop.core.thread.ThreadManager;
import dev.codeloop.core.thread.ThreadSettings;
import dev.codeloop.core.thread.ThreadStartOptions;
import dev.codeloop.core.thread.ThreadView;
import dev.codeloop.core.thread.store.ThreadQuery;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.thread.SortDirection;
import dev.codeloop.protocol.thread.ThreadArchiveParams;
import dev.codeloop.protocol.thread.ThreadArchiveResponse;
import dev.codeloop.protocol.thread.ThreadArchivedNotification;
import dev.codeloop.protocol.thread.ThreadClosedNotification;
import dev.codeloop.protocol.thread.ThreadForkParams;
import dev.codeloop.protocol.thread.ThreadForkResponse;
import dev.codeloop.protocol.thread.ThreadInfo;
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
import dev.codeloop.protocol.thread.ThreadSortKey;
import dev.codeloop.protocol.thread.ThreadStartParams;
import dev.codeloop.protocol.thread.ThreadStartResponse;
import dev.codeloop.protocol.thread.ThreadStartedNotification;
import dev.codeloop.protocol.thread.ThreadStatusChangedNotification;
import dev.codeloop.protocol.thread.ThreadUnarchiveParams;
import dev.codeloop.protocol.thread.ThreadUnarchiveResponse;
import dev.codeloop.protocol.thread.ThreadUnarchivedNotification;
import dev.codeloop.protocol.thread.ThreadUnsubscribeParams;
import dev.codeloop.protocol.thread.ThreadUnsubscribeResponse;
import dev.codeloop.protocol.thread.ThreadUnsubscribeStatus;
import dev.codeloop.server.mapping.PolicyMapper;
import dev.codeloop.server.mapping.ThreadMapper;
import dev.codeloop.server.rpc.ConnectionState;
import dev.codeloop.server.rpc.NotificationSender;
import dev.codeloop.server.rpc.ParamsBinder;
import dev.codeloop.server.rpc.Reply;
import dev.codeloop.server.rpc.RpcErrors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code thread/*} methods. */
public final class ThreadHandlers {

    private final Supplier<ThreadManager> threads;
    private final Supplier<ThreadMapper> mapper;
    private final NotificationSender notifications;
    private final ConnectionState connection;

    public ThreadHandlers(Supplier<ThreadManager> threads, Supplier<ThreadMapper> mapper,
                          NotificationSender notifications, ConnectionState connection) {
        this.threads = threads;
        this.mapper = mapper;
        this.notifications = notifications;
        this.connection = connection;
    }

    public Reply<ThreadStartResponse> start(ThreadStartParams p) {
        ThreadStartOptions options = options(p.model(), p.modelProvider(), p.cwd(), p.approvalPolicy(), p.sandbox(),
                p.config(), p.baseInstructions(), p.developerInstructions(), Boolean.TRUE.equals(p.ephemeral()));
        AgentThread thread = configured(() -> threads.get().start(options));
        ThreadInfo info = mapper.get().toWire(thread.view(false));
        ThreadSettings s = thread.settings();
        return Reply.then(new ThreadStartResponse(info, s.model(), s.providerId(), null, s.cwd().toString(),
                        PolicyMapper.approval(s.approvalPolicy()), ApprovalsReviewer.USER,
                        PolicyMapper.sandbox(s.sandboxPolicy()), effort(s)),
                () -> notifications.send(Methods.THREAD_STARTED, new ThreadStartedNotification(info)));
    }

    public Reply<ThreadResumeResponse> resume(ThreadResumeParams p) {
        String threadId = resumeTarget(p);
        ThreadStartOptions options = options(p.model(), p.modelProvider(), p.cwd(), p.approvalPolicy(), p.sandbox(),
                p.config(), p.baseInstructions(), p.developerInstructions(), false);
        AgentThread thread = configured(() -> {
            try {
                return threads.get().resume(threadId, options);
            } catch (NoSuchThreadException e) {
                throw RpcErrors.invalidRequest(e.getMessage());
            }
        });
        ThreadView view = thread.view(!Boolean.TRUE.equals(p.excludeTurns()));
        ThreadSettings s = thread.settings();
        return Reply.then(new ThreadResumeResponse(mapper.get().toWire(view), s.model(), s.providerId(), null,
                        s.cwd().toString(), PolicyMapper.approval(s.approvalPolicy()), ApprovalsReviewer.USER,
                        PolicyMapper.sandbox(s.sandboxPolicy()), effort(s)),
                () -> notifications.send(Methods.THREAD_STATUS_CHANGED,
                        new ThreadStatusChangedNotification(threadId, ThreadMapper.status(view.status()))));
    }

    /** The thread to resume: named by id, or (experimental) by its log file, as in Codex. */
    private String resumeTarget(ThreadResumeParams p) {
        if (p.path() == null) {
            return ParamsBinder.require(Methods.THREAD_RESUME.name(), "threadId", p.threadId());
        }
        String atPath;
        try {
            atPath = threads.get().threadIdAt(Path.of(p.path()));
        } catch (NoSuchThreadException | java.nio.file.InvalidPathException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
        if (p.threadId() != null && !p.threadId().isEmpty() && !p.threadId().equals(atPath)) {
            throw RpcErrors.invalidRequest("thread/resume: threadId " + p.threadId() + " does not match the thread "
                    + atPath + " stored at " + p.path());
        }
        return atPath;
    }

    public Reply<ThreadForkResponse> fork(ThreadForkParams p) {
        String sourceId = ParamsBinder.require(Methods.THREAD_FORK.name(), "threadId", p.threadId());
        ThreadStartOptions options = options(p.model(), p.modelProvider(), p.cwd(), p.approvalPolicy(), p.sandbox(),
                p.config(), p.baseInstructions(), p.developerInstructions(), Boolean.TRUE.equals(p.ephemeral()));
        AgentThread thread = configured(() -> {
            try {
                return threads.get().fork(sourceId, options);
            } catch (NoSuchThreadException e) {
                throw RpcErrors.invalidRequest(e.getMessage());
            }
        });
        ThreadInfo full = mapper.get().toWire(thread.view(true));
        ThreadInfo summary = mapper.get().toWire(thread.view(false));
        ThreadSettings s = thread.settings();
        return Reply.then(new ThreadForkResponse(full, s.model(), s.providerId(), null, s.cwd().toString(),
                        PolicyMapper.approval(s.approvalPolicy()), ApprovalsReviewer.USER,
                        PolicyMapper.sandbox(s.sandboxPolicy()), effort(s)),
                () -> notifications.send(Methods.THREAD_STARTED, new ThreadStartedNotification(summary)));
    }

    public Reply<ThreadReadResponse> read(ThreadReadParams p) {
        String threadId = ParamsBinder.require(Methods.THREAD_READ.name(), "threadId", p.threadId());
        try {
            return Reply.of(new ThreadReadResponse(mapper.get().toWire(
                    threads.get().read(threadId, Boolean.TRUE.equals(p.includeTurns())))));
        } catch (NoSuchThreadException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
    }

    public Reply<ThreadListResponse> list(ThreadListParams p) {
        if (p.limit() != null && p.limit() < 0) {
            throw RpcErrors.invalidParams("Invalid params for thread/list: `limit` must not be negative");
        }
        ThreadQuery query = new ThreadQuery(
                p.cursor(),
                p.limit(),
                p.sortKey() == ThreadSortKey.UPDATED_AT ? ThreadQuery.SortKey.UPDATED_AT : ThreadQuery.SortKey.CREATED_AT,
                p.sortDirection() != SortDirection.ASC,
                p.cwd() == null ? List.of() : p.cwd().paths(),
                p.archived(),
                p.searchTerm(),
                p.modelProviders() == null ? List.of() : p.modelProviders(),
                p.sourceKinds() == null ? List.of() : p.sourceKinds());
        String[] next = new String[1];
        List<ThreadView> views;
        try {
            views = threads.get().list(query, next);
        } catch (IllegalArgumentException e) {
            throw RpcErrors.invalidRequest("Invalid cursor for thread/list: " + e.getMessage());
        }
        List<ThreadInfo> data = new ArrayList<>(views.size());
        for (ThreadView view : views) {
            data.add(mapper.get().toWire(view));
        }
        return Reply.of(new ThreadListResponse(data, next[0]));
    }

    public Reply<ThreadArchiveResponse> archive(ThreadArchiveParams p) {
        String threadId = ParamsBinder.require(Methods.THREAD_ARCHIVE.name(), "threadId", p.threadId());
        try {
            threads.get().archive(threadId);
        } catch (NoSuchThreadException | ThreadBusyException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
        return Reply.then(new ThreadArchiveResponse(),
                () -> notifications.send(Methods.THREAD_ARCHIVED, new ThreadArchivedNotification(threadId)));
    }

    public Reply<ThreadUnarchiveResponse> unarchive(ThreadUnarchiveParams p) {
        String threadId = ParamsBinder.require(Methods.THREAD_UNARCHIVE.name(), "threadId", p.threadId());
        try {
            ThreadInfo info = mapper.get().toWire(threads.get().unarchive(threadId));
            return Reply.then(new ThreadUnarchiveResponse(info),
                    () -> notifications.send(Methods.THREAD_UNARCHIVED, new ThreadUnarchivedNotification(threadId)));
        } catch (NoSuchThreadException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
    }

    public Reply<ThreadSetNameResponse> setName(ThreadSetNameParams p) {
        String method = Methods.THREAD_SET_NAME.name();
        String threadId = ParamsBinder.require(method, "threadId", p.threadId());
        String name = ParamsBinder.require(method, "name", p.name());
        try {
            threads.get().setName(threadId, name);
        } catch (NoSuchThreadException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
        return Reply.then(new ThreadSetNameResponse(), () -> notifications.send(Methods.THREAD_NAME_UPDATED,
                new ThreadNameUpdatedNotification(threadId, name)));
    }

    /** One client per process (stdio): unsubscribing unloads the thread, interrupting a running turn. */
    public Reply<ThreadUnsubscribeResponse> unsubscribe(ThreadUnsubscribeParams p) {
        String threadId = ParamsBinder.require(Methods.THREAD_UNSUBSCRIBE.name(), "threadId", p.threadId());
        if (!threads.get().unload(threadId)) {
            return Reply.of(new ThreadUnsubscribeResponse(ThreadUnsubscribeStatus.NOT_LOADED));
        }
        return Reply.then(new ThreadUnsubscribeResponse(ThreadUnsubscribeStatus.UNSUBSCRIBED),
                () -> notifications.send(Methods.THREAD_CLOSED, new ThreadClosedNotification(threadId)));
    }

    public Reply<ThreadLoadedListResponse> loadedList(ThreadLoadedListParams p) {
        List<String> ids = new ArrayList<>();
        for (AgentThread thread : threads.get().loaded()) {
            ids.add(thread.id());
        }
        ids.sort(null);
        int start = 0;
        if (p.cursor() != null) {
            start = ids.indexOf(p.cursor()) + 1;
            if (start == 0) {
                throw RpcErrors.invalidRequest("Invalid cursor for thread/loaded/list: " + p.cursor());
            }
        }
        int limit = p.limit() == null || p.limit() <= 0 ? ids.size() : p.limit();
        int end = Math.min(ids.size(), start + limit);
        List<String> page = ids.subList(start, end);
        return Reply.of(new ThreadLoadedListResponse(List.copyOf(page),
                end < ids.size() && !page.isEmpty() ? page.get(page.size() - 1) : null));
    }

    public Reply<ThreadRollbackResponse> rollback(ThreadRollbackParams p) {
        String method = Methods.THREAD_ROLLBACK.name();
        String threadId = ParamsBinder.require(method, "threadId", p.threadId());
        int numTurns = ParamsBinder.require(method, "numTurns", p.numTurns());
        try {
            AgentThread thread = threads.get().rollback(threadId, numTurns);
            return Reply.of(new ThreadRollbackResponse(mapper.get().toWire(thread.view(true))));
        } catch (NoSuchThreadException | ThreadBusyException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw RpcErrors.invalidParams("Invalid params for thread/rollback: " + e.getMessage());
        }
    }

    /** The loaded thread with this id, or a -32600 saying it does not exist. */
    static AgentThread loaded(ThreadManager threads, String threadId) {
        return threads.get(threadId).orElseThrow(() -> RpcErrors.invalidRequest(
                "thread not loaded: " + threadId + " (resume it with thread/resume first)"));
    }

    private ThreadStartOptions options(String model, String provider, String cwd,
                                       dev.codeloop.protocol.policy.AskForApproval approval,
                                       dev.codeloop.protocol.policy.SandboxMode sandbox, Map<String, Object> config,
                                       String baseInstructions, String developerInstructions, boolean ephemeral) {
        return new ThreadStartOptions(model, provider, cwd == null ? null : Path.of(cwd),
                PolicyMapper.approval(approval), PolicyMapper.sandboxMode(sandbox),
                config == null ? Map.of() : config, baseInstructions, developerInstructions, ephemeral,
                connection.clientName());
    }

    private static AgentThread configured(Supplier<AgentThread> action) {
        try {
            return action.get();
        } catch (ConfigException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
    }

    private static String effort(ThreadSettings settings) {
        return settings.reasoningEffort() == null ? null : settings.reasoningEffort().wireValue();
    }
}
