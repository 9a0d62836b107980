package dev.codeloop.server;

import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.config.ConfigLoader;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.core.config.LazyConfig;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.id.IdGenerator;
import dev.codeloop.core.thread.ThreadManager;
import dev.codeloop.server.rpc.ConnectionState;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The core engine as the server uses it, built on the first request that needs it (never before
 * {@code initialize} is answered: loading config and the HTTP stack is not free).
 */
final class ServerEngine implements AutoCloseable {

    private final ConfigLoader loader;
    private final ConfigOverrides overrides;
    private final Map<String, String> env;
    private final ConnectionState connection;
    private final ThreadEventListener listener;
    private final Supplier<? extends ApprovalChannel> approvals;
    private ThreadManager threads;

    ServerEngine(ConfigLoader loader, ConfigOverrides overrides, Map<String, String> env, ConnectionState connection,
                 ThreadEventListener listener, Supplier<? extends ApprovalChannel> approvals) {
        this.loader = loader;
        this.overrides = overrides;
        this.env = env;
        this.connection = connection;
        this.listener = listener;
        this.approvals = approvals;
    }

    synchronized ThreadManager threads() {
        if (threads == null) {
            threads = new ThreadManager(loader, overrides, new LazyConfig(loader, overrides), env,
                    Clock.systemDefaultZone(), IdGenerator.uuidV7(),
                    ServerInfo.userAgent(connection.clientName(), connection.clientVersion()), listener,
                    approvals.get());
        }
        return threads;
    }

    @Override
    public synchronized void close() {
        if (threads != null) {
            threads.close();
        }
    }
}
