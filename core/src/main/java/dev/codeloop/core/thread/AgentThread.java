package dev.codeloop.core.thread;

import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.approval.SessionApprovals;
import dev.codeloop.core.approval.TurnApprovals;
import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.diff.Limits;
import dev.codeloop.core.diff.TurnDiffTracker;
import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.event.TurnSnapshot.ItemsView;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.id.IdGenerator;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.loop.TurnOutcome;
import dev.codeloop.core.loop.TurnRunner;
import dev.codeloop.core.loop.TurnScope;
import dev.codeloop.core.loop.TurnServices;
import dev.codeloop.core.tools.TurnChanges;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loaded conversation: its settings, model-visible history, turns, and at most one running turn.
 * Turns run on the engine's executor, one after another; their events go to the thread's listener in order.
 */
public final class AgentThread {

    private static final Logger LOG = LoggerFactory.getLogger(AgentThread.class);

    private final String id;
    private final boolean ephemeral;
    private final long createdAtMs;
    private final TurnServices services;
    private final Clock clock;
    private final IdGenerator ids;
    private final Executor executor;
    private final ThreadEventListener listener;
    private final Function<ThreadSettings, List<ResponseItem>> initialContext;
    private final ConversationHistory history = new ConversationHistory();
    private final AtomicReference<TokenUsage> usage = new AtomicReference<>(TokenUsage.ZERO);
    private final ApprovalChannel approvalChannel;
    /** What the user approved "for this session" in this thread. */
    private final SessionApprovals sessionApprovals = new SessionApprovals();
    private final List<TurnRecord> turns = new ArrayList<>();

    private ThreadSettings settings;
    private ThreadRuntimeStatus status = new ThreadRuntimeStatus.Idle();
    private String preview = "";
    private long updatedAtMs;
    private ActiveTurn active;
    private boolean contextRecorded;
    /** Completes when the last started turn has emitted its final event; the next turn starts after it. */
    private CompletableFuture<Void> lastRun = CompletableFuture.completedFuture(null);

    private record ActiveTurn(String turnId, CancellationToken cancel) {
    }

    AgentThread(String id, boolean ephemeral, ThreadSettings settings, TurnServices services, Clock clock, IdGenerator ids,
                Executor executor, ThreadEventListener listener, ApprovalChannel approvalChannel,
                Function<ThreadSettings, List<ResponseItem>> initialContext) {
        this.id = id;
        this.ephemeral = ephemeral;
        this.settings = settings;
        this.services = services;
        this.clock = clock;
        this.ids = ids;
        this.executor = executor;
        this.listener = listener;
        this.approvalChannel = approvalChannel;
        this.initialContext = initialContext;
        this.createdAtMs = clock.millis();
        this.updatedAtMs = createdAtMs;
    }

    public String id() {
        return id;
    }

    public synchronized ThreadSettings settings() {
        return settings;
    }

    /**
     * Creates the next turn without starting it. Fails if a turn is already running: one thread runs one
     * turn at a time.
     */
    public synchronized PreparedTurn prepareTurn(List<UserContent> input, TurnOverrides overrides)
            throws ThreadBusyException {
        if (active != null) {
            throw new ThreadBusyException(id, active.turnId());
        }
        settings = settings.with(overrides);
        String turnId = ids.newId();
        TurnRecord record = new TurnRecord(turnId);
        turns.add(record);
        CancellationToken cancel = new CancellationToken();
        active = new ActiveTurn(turnId, cancel);
        updatedAtMs = clock.millis();
        if (preview.isEmpty()) {
            preview = previewOf(input);
        }
        List<ResponseItem> context = contextRecorded ? List.of() : initialContext.apply(settings);
        contextRecorded = true;
        TurnEmitter emitter = new TurnEmitter(id, turnId, listener, record::addItem, this::setStatus, clock);
        TurnScope scope = new TurnScope(id, turnId, settings, history, context, ids.newId(), List.copyOf(input),
                emitter, cancel, services, usage,
                new TurnApprovals(approvalChannel, emitter, cancel, sessionApprovals),
                new TurnChanges(new TurnDiffTracker(settings.cwd(), Limits.defaults()), emitter));
        return new PreparedTurn() {
            @Override
            public TurnSnapshot snapshot() {
                return record.snapshot(List.of(), ItemsView.NOT_LOADED);
            }

            @Override
            public void start() {
                synchronized (AgentThread.this) {
                    // Runs after the previous turn however that ended: had it failed (execute stops runtime
                    // exceptions, not Errors), thenRunAsync alone would skip this turn and every later one.
                    lastRun = lastRun.exceptionally(previousFailure -> null)
                            .thenRunAsync(() -> execute(scope, record), executor);
                }
            }
        };
    }

    /**
     * Checks that {@code turnId} is the running turn and returns the action that interrupts it. The app
     * server answers the request first and then runs the action, so the answer precedes the turn's end.
     */
    public synchronized Runnable interruption(String turnId) throws NoSuchTurnException {
        if (active == null || !active.turnId().equals(turnId)) {
            throw new NoSuchTurnException(id, turnId);
        }
        return active.cancel()::cancel;
    }

    /** Interrupts whatever turn is running (shutdown, disconnect). */
    public void interruptActiveTurn() {
        CancellationToken cancel;
        synchronized (this) {
            cancel = active == null ? null : active.cancel();
        }
        if (cancel != null) {
            cancel.cancel();
        }
    }

    /** Waits until no turn is running or the timeout passes; true when idle. */
    public boolean awaitIdle(long timeout, TimeUnit unit) {
        CompletableFuture<Void> run;
        synchronized (this) {
            run = lastRun;
        }
        try {
            run.get(timeout, unit);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    public synchronized ThreadView view(boolean includeTurns) {
        List<TurnSnapshot> shown = new ArrayList<>();
        if (includeTurns) {
            for (TurnRecord turn : turns) {
                shown.add(turn.fullSnapshot());
            }
        }
        return new ThreadView(id, ephemeral, preview, createdAtMs / 1000, updatedAtMs / 1000, status, settings, null, shown);
    }

    /**
     * Runs one turn. The turn itself never throws, but the listener may (a bug mapping an event); the turn
     * is over then too, so the thread must not stay busy with it.
     */
    private void execute(TurnScope scope, TurnRecord record) {
        try {
            runAndReport(scope, record);
        } catch (RuntimeException e) {
            LOG.error("turn {} of thread {}: an event listener failed", scope.turnId(), id, e);
        } finally {
            synchronized (this) {
                if (active != null && active.turnId().equals(scope.turnId())) {
                    active = null;
                }
            }
        }
    }

    /** Runs one turn from its first event to its last. */
    private void runAndReport(TurnScope scope, TurnRecord record) {
        record.started(clock.millis());
        setStatus(new ThreadRuntimeStatus.Active(false));
        listener.onEvent(new ThreadEvent.TurnStarted(id, record.snapshot(List.of(), ItemsView.NOT_LOADED)));

        TurnOutcome outcome = new TurnRunner(scope).run();

        record.finished(outcome.status(), outcome.failure(), clock.millis());
        synchronized (this) {
            active = null;
            updatedAtMs = clock.millis();
        }
        switch (outcome.status()) {
            case COMPLETED -> {
                setStatus(new ThreadRuntimeStatus.Idle());
                List<dev.codeloop.core.item.Item> summary =
                        outcome.finalAnswer() == null ? List.of() : List.of(outcome.finalAnswer());
                listener.onEvent(new ThreadEvent.TurnCompleted(id, record.snapshot(summary, ItemsView.SUMMARY)));
            }
            case INTERRUPTED -> {
                setStatus(new ThreadRuntimeStatus.Idle());
                listener.onEvent(new ThreadEvent.TurnCompleted(id, record.snapshot(List.of(), ItemsView.NOT_LOADED)));
            }
            case FAILED, IN_PROGRESS -> {
                setStatus(new ThreadRuntimeStatus.SystemError());
                listener.onEvent(new ThreadEvent.Error(id, scope.turnId(), outcome.failure(), false));
                listener.onEvent(new ThreadEvent.TurnCompleted(id, record.snapshot(List.of(), ItemsView.NOT_LOADED)));
            }
        }
    }

    private void setStatus(ThreadRuntimeStatus newStatus) {
        synchronized (this) {
            status = newStatus;
        }
        listener.onEvent(new ThreadEvent.StatusChanged(id, newStatus));
    }

    private static String previewOf(List<UserContent> input) {
        for (UserContent content : input) {
            if (content instanceof UserContent.Text text && !text.text().isBlank()) {
                return text.text();
            }
        }
        return "";
    }
}
