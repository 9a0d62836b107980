package dev.codeloop.server.handlers;

import dev.codeloop.core.config.ConfigException;
import dev.codeloop.core.thread.AgentThread;
import dev.codeloop.core.thread.ThreadManager;
import dev.codeloop.core.thread.ThreadSettings;
import dev.codeloop.core.thread.ThreadStartOptions;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.thread.ThreadInfo;
import dev.codeloop.protocol.thread.ThreadReadParams;
import dev.codeloop.protocol.thread.ThreadReadResponse;
import dev.codeloop.protocol.thread.ThreadStartParams;
import dev.codeloop.protocol.thread.ThreadStartResponse;
import dev.codeloop.protocol.thread.ThreadStartedNotification;
import dev.codeloop.server.mapping.PolicyMapper;
import dev.codeloop.server.mapping.ThreadMapper;
import dev.codeloop.server.rpc.NotificationSender;
import dev.codeloop.server.rpc.ParamsBinder;
import dev.codeloop.server.rpc.Reply;
import dev.codeloop.server.rpc.RpcErrors;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** {@code thread/*} methods. */
public final class ThreadHandlers {

    private final Supplier<ThreadManager> threads;
    private final Supplier<ThreadMapper> mapper;
    private final NotificationSender notifications;

    public ThreadHandlers(Supplier<ThreadManager> threads, Supplier<ThreadMapper> mapper,
                          NotificationSender notifications) {
        this.threads = threads;
        this.mapper = mapper;
        this.notifications = notifications;
    }

    public Reply<ThreadStartResponse> start(ThreadStartParams params) {
        ThreadStartOptions options = new ThreadStartOptions(
                params.model(),
                params.modelProvider(),
                params.cwd() == null ? null : Path.of(params.cwd()),
                PolicyMapper.approval(params.approvalPolicy()),
                PolicyMapper.sandboxMode(params.sandbox()),
                params.config() == null ? Map.of() : params.config(),
                params.baseInstructions(),
                params.developerInstructions(),
                Boolean.TRUE.equals(params.ephemeral()));
        AgentThread thread;
        try {
            thread = threads.get().start(options);
        } catch (ConfigException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
        ThreadInfo info = mapper.get().toWire(thread.view(false));
        ThreadSettings settings = thread.settings();
        ThreadStartResponse response = new ThreadStartResponse(
                info,
                settings.model(),
                settings.providerId(),
                null,
                settings.cwd().toString(),
                PolicyMapper.approval(settings.approvalPolicy()),
                ApprovalsReviewer.USER,
                PolicyMapper.sandbox(settings.sandboxPolicy()),
                settings.reasoningEffort() == null ? null : settings.reasoningEffort().wireValue());
        return Reply.then(response, () -> notifications.send(Methods.THREAD_STARTED,
                new ThreadStartedNotification(info)));
    }

    public Reply<ThreadReadResponse> read(ThreadReadParams params) {
        String threadId = ParamsBinder.require(Methods.THREAD_READ.name(), "threadId", params.threadId());
        AgentThread thread = loaded(threads.get(), threadId);
        return Reply.of(new ThreadReadResponse(
                mapper.get().toWire(thread.view(Boolean.TRUE.equals(params.includeTurns())))));
    }

    /** The loaded thread with this id, or a -32600 saying it does not exist. */
    static AgentThread loaded(ThreadManager threads, String threadId) {
        return threads.get(threadId).orElseThrow(() -> RpcErrors.invalidRequest("thread not found: " + threadId));
    }
}
