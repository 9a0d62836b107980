package dev.codeloop.server;

import dev.codeloop.core.config.CodeloopHome;
import dev.codeloop.core.config.ConfigLoader;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.thread.ThreadArchiveParams;
import dev.codeloop.protocol.thread.ThreadForkParams;
import dev.codeloop.protocol.thread.ThreadReadParams;
import dev.codeloop.protocol.thread.ThreadResumeParams;
import dev.codeloop.protocol.thread.ThreadRollbackParams;
import dev.codeloop.protocol.thread.ThreadSetNameParams;
import dev.codeloop.protocol.thread.ThreadUnarchiveParams;
import dev.codeloop.protocol.thread.ThreadUnsubscribeParams;
import dev.codeloop.protocol.turn.TurnInterruptParams;
import dev.codeloop.protocol.turn.TurnStartParams;
import dev.codeloop.server.approval.ClientApprovalChannel;
import dev.codeloop.server.handlers.InitializeHandler;
import dev.codeloop.server.handlers.ThreadHandlers;
import dev.codeloop.server.handlers.TurnHandlers;
import dev.codeloop.server.mapping.EventForwarder;
import dev.codeloop.server.mapping.ThreadMapper;
import dev.codeloop.server.rpc.ConnectionState;
import dev.codeloop.server.rpc.InboundLimit;
import dev.codeloop.server.rpc.JsonRpcCodec;
import dev.codeloop.server.rpc.LazyEndpoint;
import dev.codeloop.server.rpc.NotificationSender;
import dev.codeloop.server.rpc.ParamsBinder;
import dev.codeloop.server.rpc.Reply;
import dev.codeloop.server.rpc.RequestRouter;
import dev.codeloop.server.rpc.Route;
import dev.codeloop.server.rpc.RpcErrors;
import dev.codeloop.server.transport.LineReader;
import dev.codeloop.server.transport.OutboundWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection over a pair of byte streams (stdin/stdout): reads NDJSON messages, dispatches them,
 * writes answers and events. Returns when the input ends or {@link #requestShutdown} is called (SIGTERM), after
 * interrupting running turns (killing their processes, closing thread logs) and flushing everything already
 * queued for the client.
 */
public final class AppServer {

    /** Lines longer than this are refused unread: no legitimate message comes close. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    private static final int OUTBOUND_QUEUE_CAPACITY = 4096;
    /** How long requests read before the end may take to be answered; turns are then interrupted. */
    private static final java.time.Duration SHUTDOWN_GRACE = java.time.Duration.ofSeconds(5);

    private final CodeloopHome home;
    private final ConfigOverrides overrides;
    private final Map<String, String> env;
    /** Completed with the reason the server stops: the input ended, or a signal asked it to. */
    private final CompletableFuture<String> stop = new CompletableFuture<>();

    public AppServer(CodeloopHome home, ConfigOverrides overrides, Map<String, String> env) {
        this.home = home;
        this.overrides = overrides;
        this.env = env;
    }

    public void serve(InputStream in, OutputStream out) throws IOException {
        // Nothing here may load config or the HTTP stack: they are made on first use or in the background once
        // initialize is answered.
        ConnectionState state = new ConnectionState();
        ExecutorService requestExecutor = Executors.newThreadPerTaskExecutor(
                java.lang.Thread.ofVirtual().name("request-", 0).factory());
        try (OutboundWriter writer = new OutboundWriter(out, OUTBOUND_QUEUE_CAPACITY)) {
            MessageConsumer sink = message -> writer.send(JsonRpcCodec.write(message, System.currentTimeMillis()));
            InboundLimit inbound = InboundLimit.fromSystemProperties();
            RequestRouter router = new RequestRouter(state, new ParamsBinder(state), requestExecutor,
                    inbound);
            LazyEndpoint remote = new LazyEndpoint(sink, router);
            NotificationSender notifications = new NotificationSender(remote, state);
            try (ServerEngine engine = new ServerEngine(new ConfigLoader(home, env), overrides, env, state,
                    new EventForwarder(notifications),
                    () -> new ClientApprovalChannel(remote.get(), notifications))) {
                router.register(routes(state, engine, notifications));
                startReader(new LineReader(in, MAX_LINE_BYTES), remote, router, sink);
                String reason = stop.join(); // before log(): slf4j starts when first used
                log().info("{}; shutting down", reason);
                if (!inbound.awaitNonePending(SHUTDOWN_GRACE)) {
                    log().warn("{} requests still unanswered at shutdown", inbound.pending());
                }
            }
        } finally {
            requestExecutor.shutdownNow();
        }
    }

    private List<Route<?, ?>> routes(ConnectionState state, ServerEngine engine, NotificationSender notifications) {
        ThreadMapper[] mapper = new ThreadMapper[1];
        ThreadHandlers threads = new ThreadHandlers(engine::threads, () -> {
            if (mapper[0] == null) {
                mapper[0] = new ThreadMapper(ServerInfo.VERSION, state.clientName());
            }
            return mapper[0];
        }, notifications, state);
        TurnHandlers turns = new TurnHandlers(engine::threads);
        return List.of(
                Route.inline(Methods.INITIALIZE, params -> {
                    var reply = new InitializeHandler(state, home.path()).handle(params);
                    // Off the reader thread: the first virtual thread and the model client cost milliseconds each.
                    return Reply.then(reply.result(), () -> java.lang.Thread.ofPlatform().daemon()
                            .name("after-initialize").start(() -> {
                                JsonRpcCodec.warmUp();
                                SandboxCheck.runInBackground(env, () -> engine.threads().config(), notifications);
                                engine.threads().prepareFirstTurn();
                            }));
                }),
                Route.concurrent(Methods.THREAD_START, threads::start),
                Route.perThread(Methods.THREAD_READ, ThreadReadParams::threadId, threads::read),
                Route.concurrent(Methods.THREAD_LIST, threads::list),
                Route.perThread(Methods.THREAD_RESUME, ThreadResumeParams::threadId, threads::resume),
                Route.perThread(Methods.THREAD_FORK, ThreadForkParams::threadId, threads::fork),
                Route.perThread(Methods.THREAD_ARCHIVE, ThreadArchiveParams::threadId, threads::archive),
                Route.perThread(Methods.THREAD_UNARCHIVE, ThreadUnarchiveParams::threadId, threads::unarchive),
                Route.perThread(Methods.THREAD_SET_NAME, ThreadSetNameParams::threadId, threads::setName),
                Route.perThread(Methods.THREAD_UNSUBSCRIBE, ThreadUnsubscribeParams::threadId, threads::unsubscribe),
                Route.concurrent(Methods.THREAD_LOADED_LIST, threads::loadedList),
                Route.perThread(Methods.THREAD_ROLLBACK, ThreadRollbackParams::threadId, threads::rollback),
                Route.perThread(Methods.TURN_START, TurnStartParams::threadId, turns::start),
                Route.perThread(Methods.TURN_INTERRUPT, TurnInterruptParams::threadId, turns::interrupt));
    }

    /** Ends {@link #serve} as if the input had ended (SIGTERM); safe from any thread, more than once. */
    public void requestShutdown(String reason) {
        stop.complete(reason);
    }

    /**
     * Reads on a thread of its own so that a signal can end the server while the read blocks. The thread is a
     * daemon: once the server stops it is abandoned (a read of stdin cannot be interrupted).
     */
    private void startReader(LineReader reader, LazyEndpoint remote, RequestRouter router,
                             MessageConsumer sink) {
        java.lang.Thread.ofPlatform().daemon().name("stdin-reader").start(() -> {
            try {
                readLoop(reader, remote, router, sink);
                stop.complete("input closed");
            } catch (IOException e) {
                stop.complete("input failed (" + e.getMessage() + ")");
            } catch (RuntimeException | Error e) {
                log().error("the reader failed", e);
                stop.complete("reader failed");
            }
        });
    }

    private void readLoop(LineReader reader, LazyEndpoint remote, RequestRouter router,
                          MessageConsumer sink) throws IOException {
        LineReader.Line line;
        // Once stopping, nothing new is started: the engine is closing.
        while (!stop.isDone() && (line = reader.next()) != null) {
            // instanceof rather than a pattern switch: the switch's bootstrap costs ~6 ms on the way to the
            // first answer.
            if (line instanceof LineReader.Line.TooLong tooLong) {
                sink.consume(JsonRpcCodec.errorResponse(null, RpcErrors.INVALID_REQUEST, "Message too large: "
                        + tooLong.bytes() + " bytes exceeds the limit of " + MAX_LINE_BYTES + " bytes"));
            } else if (line instanceof LineReader.Line.Text text && !text.text().isBlank()) {
                router.nextMessageSize(text.text().length());
                dispatch(text.text(), remote, sink);
            }
        }
    }

    /**
     * Parses and hands on one line. Whatever a line holds, the reader survives it: a line that cannot be read as
     * a message is answered with an error (id null unless one could be read), and a failure while handling one is
     * logged.
     */
    private static void dispatch(String text, LazyEndpoint remote, MessageConsumer sink) {
        Message message;
        try {
            message = JsonRpcCodec.parse(text);
        } catch (JsonRpcCodec.MalformedMessage e) {
            log().debug("malformed message: {}", e.getMessage());
            sink.consume(JsonRpcCodec.errorResponse(e.id(), e.code(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            log().warn("unreadable message", e);
            sink.consume(JsonRpcCodec.errorResponse(null, RpcErrors.PARSE_ERROR, "Parse error: " + e.getMessage()));
            return;
        }
        try {
            remote.consume(message);
        } catch (RuntimeException e) {
            log().error("failed to handle message", e);
        }
    }

    /** Looked up on use: setting up slf4j (~6 ms) need not happen before the {@code initialize} answer. */
    private static Logger log() {
        return LoggerFactory.getLogger(AppServer.class);
    }
}
