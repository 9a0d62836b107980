package dev.codeloop.core.thread;

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
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.loop.TurnOutcome;
import dev.codeloop.core.loop.TurnRunner;
import dev.codeloop.core.loop.TurnScope;
import dev.codeloop.core.loop.TurnServices;
import dev.codeloop.core.tools.TurnChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loaded conversation: its settings, model-visible history, turns, and at most one running turn.
 * Turns run on the engine's executor, one after another; their events go to the thread's log (if it has one)
 * and then to the listener, in order.
 */
public final class AgentThread {

    private static final Logger LOG = LoggerFactory.getLogger(AgentThread.class);

    private final ThreadIdentity identity;
    private final TurnServices services;
    private final ThreadRuntime runtime;
    private final ThreadRecorder recorder;
    private final ThreadEventListener listener;
    private final ConversationHistory history;
    private final AtomicReference<TokenUsage> usage;
    /** What the user approved "for this session" in this thread. */
    private final SessionApprovals sessionApprovals = new SessionApprovals();
    private final List<TurnRecord> turns;

    private ThreadSettings settings;
    private ThreadRuntimeStatus status = new ThreadRuntimeStatus.Idle();
    private String preview;
    private String name;
    private long updatedAtMs;
    private ActiveTurn active;
    /** Completes when the last started turn has emitted its final event; the next turn starts after it. */
    private CompletableFuture<Void> lastRun = CompletableFuture.completedFuture(null);

    private record ActiveTurn(String turnId, CancellationToken cancel) {
    }

    AgentThread(ThreadIdentity identity, ThreadSettings settings, RestoredState restored, TurnServices services,
                ThreadRuntime runtime, ThreadRecorder recorder) {
        this.identity = identity;
        this.settings = settings;
        this.services = services;
        this.runtime = runtime;
        this.recorder = recorder;
        this.history = new ConversationHistory(restored.history());
        this.turns = new ArrayList<>(restored.turns());
        this.usage = new AtomicReference<>(restored.usage());
        this.preview = restored.preview();
        this.name = restored.name();
        this.updatedAtMs = restored.updatedAtMs() > 0 ? restored.updatedAtMs() : identity.createdAtMs();
        if (recorder != null) {
            history.setListener(recorder);
            this.listener = event -> {
                recorder.onEvent(event);
                runtime.listener().onEvent(event);
            };
        } else {
            this.listener = runtime.listener();
        }
    }

    public String id() {
        return identity.id();
    }

    public ThreadIdentity identity() {
        return identity;
    }

    public synchronized ThreadSettings settings() {
        return settings;
    }

    /** The thread's log, or null for an ephemeral thread. */
    public Path path() {
        return recorder == null ? null : recorder.path();
    }

    public synchronized boolean isRunning() {
        return active != null;
    }

    /**
     * Creates the next turn without starting it. Fails if a turn is already running: one thread runs one
     * turn at a time.
     */
    public synchronized PreparedTurn prepareTurn(List<UserContent> input, TurnOverrides overrides)
            throws ThreadBusyException {
        if (active != null) {
            throw new ThreadBusyException(id(), active.turnId());
        }
        settings = settings.with(overrides);
        String turnId = runtime.ids().newId();
        TurnRecord record = new TurnRecord(turnId);
        turns.add(record);
        CancellationToken cancel = new CancellationToken();
        active = new ActiveTurn(turnId, cancel);
        updatedAtMs = runtime.clock().millis();
        if (preview.isEmpty()) {
            preview = previewOf(input);
        }
        // The first turn (or the first after everything was rolled back) carries the initial context.
        List<ResponseItem> context = history.isEmpty() ? runtime.initialContext().apply(settings) : List.of();
        TurnEmitter emitter = new TurnEmitter(id(), turnId, listener, record::addItem, this::setStatus,
                runtime.clock());
        TurnScope scope = new TurnScope(id(), turnId, settings, history, context, runtime.ids().newId(),
                List.copyOf(input), emitter, cancel, services, usage,
                new TurnApprovals(runtime.approvals(), emitter, cancel, sessionApprovals),
                new TurnChanges(new TurnDiffTracker(settings.cwd(), Limits.defaults()), emitter));
        ThreadSettings turnSettings = settings;
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
                            .thenRunAsync(() -> execute(scope, record, turnSettings), runtime.executor());
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
            throw new NoSuchTurnException(id(), turnId);
        }
        return active.cancel()::cancel;
    }

    /** Interrupts whatever turn is running (shutdown, disconnect, unload). */
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

    /** Drops the last {@code numTurns} turns from the model's context and from the turns shown. */
    public synchronized void rollback(int numTurns) throws ThreadBusyException {
        if (active != null) {
            throw new ThreadBusyException(id(), active.turnId());
        }
        if (numTurns < 1 || numTurns > turns.size()) {
            throw new IllegalArgumentException("numTurns must be between 1 and " + turns.size()
                    + " (the thread has " + turns.size() + " turns)");
        }
        Set<String> dropped = new HashSet<>();
        for (int i = 0; i < numTurns; i++) {
            dropped.add(turns.remove(turns.size() - 1).id());
        }
        history.dropTurns(dropped);
        if (recorder != null) {
            recorder.rolledBack(numTurns);
        }
        updatedAtMs = runtime.clock().millis();
    }

    public synchronized void setName(String newName) {
        name = newName;
    }

    /** Ends the thread's life in memory: interrupts a running turn, waits for it, closes the log. */
    public void unload() {
        interruptActiveTurn();
        if (!awaitIdle(5, TimeUnit.SECONDS)) {
            LOG.warn("thread {} did not stop within 5 s while unloading", id());
        }
        if (recorder != null) {
            recorder.close();
        }
    }

    /** A consistent copy of the history and turns, for a fork; a running turn is copied as interrupted. */
    synchronized RestoredState forkState() {
        List<TurnRecord> copied = new ArrayList<>();
        for (TurnRecord turn : turns) {
            copied.add(turn.copyForFork(runtime.clock().millis()));
        }
        return new RestoredState(history.entries(), copied, usage.get(), preview, updatedAtMs, null);
    }

    public synchronized ThreadView view(boolean includeTurns) {
        List<TurnSnapshot> shown = new ArrayList<>();
        if (includeTurns) {
            for (TurnRecord turn : turns) {
                shown.add(turn.fullSnapshot());
            }
        }
        return new ThreadView(id(), identity.ephemeral(), preview, identity.createdAtMs() / 1000, updatedAtMs / 1000,
                status, settings, path(), shown, name, identity.forkedFromId(), identity.gitInfo());
    }

    public synchronized TokenUsage usage() {
        return usage.get();
    }

    /**
     * Runs one turn. The turn itself never throws, but the listener may (a bug mapping an event); the turn
     * is over then too, so the thread must not stay busy with it.
     */
    private void execute(TurnScope scope, TurnRecord record, ThreadSettings turnSettings) {
        try {
            runAndReport(scope, record, turnSettings);
        } catch (RuntimeException e) {
            LOG.error("turn {} of thread {}: an event listener failed", scope.turnId(), id(), e);
        } finally {
            synchronized (this) {
                if (active != null && active.turnId().equals(scope.turnId())) {
                    active = null;
                }
            }
        }
    }

    /** Runs one turn from its first event to its last. */
    private void runAndReport(TurnScope scope, TurnRecord record, ThreadSettings turnSettings) {
        long startedAt = runtime.clock().millis();
        record.started(startedAt);
        if (recorder != null) {
            recorder.turnStarted(scope.turnId(), startedAt, turnSettings);
        }
        setStatus(new ThreadRuntimeStatus.Active(false));
        listener.onEvent(new ThreadEvent.TurnStarted(id(), record.snapshot(List.of(), ItemsView.NOT_LOADED)));

        TurnOutcome outcome = new TurnRunner(scope).run();

        record.finished(outcome.status(), outcome.failure(), runtime.clock().millis());
        synchronized (this) {
            active = null;
            updatedAtMs = runtime.clock().millis();
        }
        switch (outcome.status()) {
            case COMPLETED -> {
                setStatus(new ThreadRuntimeStatus.Idle());
                List<Item> summary = outcome.finalAnswer() == null ? List.of() : List.of(outcome.finalAnswer());
                listener.onEvent(new ThreadEvent.TurnCompleted(id(), record.snapshot(summary, ItemsView.SUMMARY)));
            }
            case INTERRUPTED -> {
                setStatus(new ThreadRuntimeStatus.Idle());
                listener.onEvent(new ThreadEvent.TurnCompleted(id(), record.snapshot(List.of(), ItemsView.NOT_LOADED)));
            }
            case FAILED, IN_PROGRESS -> {
                setStatus(new ThreadRuntimeStatus.SystemError());
                listener.onEvent(new ThreadEvent.Error(id(), scope.turnId(), outcome.failure(), false));
                listener.onEvent(new ThreadEvent.TurnCompleted(id(), record.snapshot(List.of(), ItemsView.NOT_LOADED)));
            }
        }
    }

    private void setStatus(ThreadRuntimeStatus newStatus) {
        synchronized (this) {
            status = newStatus;
        }
        listener.onEvent(new ThreadEvent.StatusChanged(id(), newStatus));
    }

    static String previewOf(List<UserContent> input) {
        for (UserContent content : input) {
            if (content instanceof UserContent.Text text && !text.text().isBlank()) {
                return text.text();
            }
        }
        return "";
    }
}
