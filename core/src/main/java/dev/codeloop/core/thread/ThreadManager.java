package dev.codeloop.core.thread;

import dev.codeloop.core.CodeloopVersion;
import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.config.Config;
import dev.codeloop.core.config.ConfigException;
import dev.codeloop.core.config.ConfigLoader;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.core.config.SandboxWorkspaceWrite;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.id.IdGenerator;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.loop.TurnMarkers;
import dev.codeloop.core.prompt.BaseInstructions;
import dev.codeloop.core.prompt.EnvironmentContext;
import dev.codeloop.core.prompt.PermissionsInstructions;
import dev.codeloop.core.sandbox.SandboxPolicy;
import dev.codeloop.core.thread.git.GitInfoProbe;
import dev.codeloop.core.thread.store.IndexEntry;
import dev.codeloop.core.thread.store.ReplayedThread;
import dev.codeloop.core.thread.store.RolloutRecord;
import dev.codeloop.core.thread.store.RolloutWriter;
import dev.codeloop.core.thread.store.ThreadMeta;
import dev.codeloop.core.thread.store.ThreadPage;
import dev.codeloop.core.thread.store.ThreadQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Creates, loads and keeps threads: new ones, ones resumed from their logs, forks. Config and the thread index
 * are read on first use, not at startup.
 */
public final class ThreadManager implements AutoCloseable {

    /** Reported in thread logs and lists: the kind of client that creates threads through this engine. */
    static final String SOURCE = "appServer";

    private final ConfigLoader loader;
    private final ConfigOverrides overrides;
    private final Supplier<Config> baseConfig;
    private final Map<String, String> env;
    private final String userAgent;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            java.lang.Thread.ofVirtual().name("turn-", 0).factory());
    private final ThreadRuntime runtime;
    private final StoredThreads stored;
    private final Map<String, AgentThread> threads = new ConcurrentHashMap<>();
    private volatile ConfiguredTurnServices baseServices;

    public ThreadManager(ConfigLoader loader, ConfigOverrides overrides, Supplier<Config> baseConfig,
                         Map<String, String> env, Clock clock, IdGenerator ids, String userAgent,
                         ThreadEventListener listener, ApprovalChannel approvals) {
        this.loader = loader;
        this.overrides = overrides;
        this.baseConfig = baseConfig;
        this.env = env;
        this.userAgent = userAgent;
        this.runtime = new ThreadRuntime(clock, ids, executor, listener, approvals, this::initialContext);
        this.stored = new StoredThreads(loader.home().path());
    }

    /** Starts a new thread. Throws {@link ConfigException} when the config (or the requested override) is invalid. */
    public AgentThread start(ThreadStartOptions options) {
        ConfiguredTurnServices services = services(options.configOverrides());
        Config config = services.config();
        Path cwd = resolveCwd(options.cwd(), null);
        ThreadSettings settings = new ThreadSettings(
                options.model() != null ? options.model() : config.model(),
                provider(config, options.modelProvider() != null ? options.modelProvider() : config.modelProvider()),
                cwd,
                options.approvalPolicy() != null ? options.approvalPolicy() : config.approvalPolicy(),
                sandboxPolicy(options.sandboxMode() != null ? options.sandboxMode() : config.sandboxMode(),
                        config.sandboxWorkspaceWrite()),
                config.reasoningEffort(),
                config.reasoningSummary(),
                config.verbosity(),
                options.baseInstructions() != null ? options.baseInstructions() : baseInstructions(config),
                options.developerInstructions() != null ? options.developerInstructions()
                        : config.developerInstructions());
        ThreadIdentity identity = new ThreadIdentity(runtime.ids().newId(), options.ephemeral(),
                runtime.clock().millis(), null, GitInfoProbe.probe(cwd));
        return create(identity, settings, RestoredState.EMPTY, services, options.originator(), List.of());
    }

    /**
     * Prepares, ahead of the first turn, what a turn with the default config needs and is cheap to keep (the
     * model client of a plain-http provider). Meant for an idle moment; a config error is left for
     * {@code thread/start} to report.
     */
    public void prepareFirstTurn() {
        try {
            ConfiguredTurnServices services = services(Map.of());
            services.prepareClient(services.config().modelProvider());
        } catch (RuntimeException e) {
            // reported, with its context, by the request that needs the config
        }
    }

    /** The id of the thread stored in {@code rolloutFile}, which must be one of this home's thread logs. */
    public String threadIdAt(Path rolloutFile) throws NoSuchThreadException {
        return stored.paths().threadIdOf(rolloutFile)
                .filter(id -> Files.isRegularFile(rolloutFile))
                .orElseThrow(() -> new NoSuchThreadException("no thread log of this Codeloop home at " + rolloutFile));
    }

    /**
     * Loads a stored thread to continue it (or returns it if it is already loaded). The model history is
     * rebuilt from the log exactly, so the next request extends what was sent before.
     */
    public AgentThread resume(String threadId, ThreadStartOptions options) throws NoSuchThreadException {
        AgentThread loaded = threads.get(threadId);
        if (loaded != null) {
            return loaded;
        }
        synchronized (this) {
            loaded = threads.get(threadId);
            if (loaded != null) {
                return loaded;
            }
            ReplayedThread replayed = stored.replay(threadId);
            ConfiguredTurnServices services = services(options.configOverrides());
            ThreadSettings settings = withOverrides(StoredThreads.settingsOf(replayed), options, services.config());
            Path log = stored.logOf(threadId);
            String name = stored.index().get(threadId).map(IndexEntry::name).orElse(null);
            ThreadMeta meta = replayed.meta();
            ThreadIdentity identity = new ThreadIdentity(meta.id(), false, meta.createdAtMs(), meta.forkedFromId(),
                    meta.gitInfo());
            AtomicReference<AgentThread> self = new AtomicReference<>();
            ThreadRecorder recorder = new ThreadRecorder(RolloutWriter.openForAppend(log),
                    () -> touchIndex(self.get()));
            // A turn cut short by a crash is closed in the log itself, so the log is complete from here on.
            for (RolloutRecord repair : replayed.repairRecords()) {
                recorder.write(repair);
            }
            AgentThread thread = new AgentThread(identity, settings, StoredThreads.restoredState(replayed, name),
                    services, runtime, recorder);
            self.set(thread);
            threads.put(threadId, thread);
            return thread;
        }
    }

    /** A new thread with a copy of another's history; a turn running in the source is copied as interrupted. */
    public AgentThread fork(String sourceId, ThreadStartOptions options) throws NoSuchThreadException {
        AgentThread source = threads.get(sourceId);
        RestoredState state;
        ThreadSettings sourceSettings;
        if (source != null) {
            state = source.forkState();
            sourceSettings = source.settings();
        } else {
            ReplayedThread replayed = stored.replay(sourceId);
            state = StoredThreads.restoredState(replayed, null);
            sourceSettings = StoredThreads.settingsOf(replayed);
        }
        state = closeInterruptedTurns(state);
        ConfiguredTurnServices services = services(options.configOverrides());
        ThreadSettings settings = withOverrides(sourceSettings, options, services.config());
        ThreadIdentity identity = new ThreadIdentity(runtime.ids().newId(), options.ephemeral(),
                runtime.clock().millis(), sourceId, GitInfoProbe.probe(settings.cwd()));
        return create(identity, settings, state, services, options.originator(), copyRecords(state, settings));
    }

    public Optional<AgentThread> get(String threadId) {
        return Optional.ofNullable(threads.get(threadId));
    }

    public Collection<AgentThread> loaded() {
        return List.copyOf(threads.values());
    }

    /** A loaded thread's view, or a stored one's read from its log. */
    public ThreadView read(String threadId, boolean includeTurns) throws NoSuchThreadException {
        AgentThread loaded = threads.get(threadId);
        if (loaded != null) {
            return loaded.view(includeTurns);
        }
        return stored.view(threadId, includeTurns);
    }

    /** One page of stored threads; loaded ones show their live status. */
    public List<ThreadView> list(ThreadQuery query, String[] nextCursor) {
        ThreadPage page = stored.index().list(query);
        nextCursor[0] = page.nextCursor();
        List<ThreadView> views = new ArrayList<>();
        for (IndexEntry entry : page.data()) {
            AgentThread loaded = threads.get(entry.id());
            views.add(loaded != null ? loaded.view(false) : stored.view(entry));
        }
        return views;
    }

    /** Moves a stored thread to the archive (unloading it first). */
    public void archive(String threadId) throws NoSuchThreadException, ThreadBusyException {
        AgentThread loaded = threads.get(threadId);
        if (loaded != null && loaded.isRunning()) {
            throw new ThreadBusyException(threadId, "a running turn");
        }
        stored.logOf(threadId);
        if (loaded != null) {
            unload(threadId);
        }
        stored.index().archive(threadId);
    }

    public ThreadView unarchive(String threadId) throws NoSuchThreadException {
        try {
            stored.index().unarchive(threadId);
        } catch (java.util.NoSuchElementException e) {
            // An unknown id is the client's mistake, not an internal error (found by FuzzIT).
            throw new NoSuchThreadException("thread not found: " + threadId);
        }
        return stored.view(threadId, false);
    }

    public void setName(String threadId, String name) throws NoSuchThreadException {
        AgentThread loaded = threads.get(threadId);
        if (loaded != null && loaded.identity().ephemeral()) {
            loaded.setName(name);
            return;
        }
        stored.logOf(threadId);
        stored.index().setName(threadId, name);
        if (loaded != null) {
            loaded.setName(name);
        }
    }

    /** Removes a thread from memory (interrupting a running turn); false if it was not loaded. */
    public boolean unload(String threadId) {
        AgentThread thread = threads.remove(threadId);
        if (thread == null) {
            return false;
        }
        thread.unload();
        return true;
    }

    /** The last turns dropped from a thread's context; a stored thread is loaded first. */
    public AgentThread rollback(String threadId, int numTurns) throws NoSuchThreadException, ThreadBusyException {
        AgentThread thread = threads.containsKey(threadId) ? threads.get(threadId)
                : resume(threadId, ThreadStartOptions.defaults());
        thread.rollback(numTurns);
        touchIndex(thread);
        return thread;
    }

    /** The effective config (loading it if needed). */
    public Config config() {
        return baseConfig.get();
    }

    /** Interrupts every running turn and waits (bounded) for them to end, so nothing is left half-written. */
    @Override
    public void close() {
        for (AgentThread thread : threads.values()) {
            thread.interruptActiveTurn();
        }
        for (AgentThread thread : threads.values()) {
            thread.unload();
        }
        executor.shutdownNow();
    }

    private AgentThread create(ThreadIdentity identity, ThreadSettings settings, RestoredState state,
                               ConfiguredTurnServices services, String originator, List<RolloutRecord> copied) {
        ThreadRecorder recorder = null;
        AtomicReference<AgentThread> self = new AtomicReference<>();
        if (!identity.ephemeral()) {
            ThreadMeta meta = new ThreadMeta(identity.id(), identity.forkedFromId(), identity.createdAtMs(),
                    settings.cwd(), settings.model(), settings.providerId(), settings.approvalPolicy(),
                    settings.sandboxPolicy(), settings.reasoningEffort(), settings.reasoningSummary(),
                    settings.verbosity(), settings.baseInstructions(), settings.developerInstructions(),
                    originator, SOURCE, CodeloopVersion.VERSION, identity.gitInfo());
            Path log = stored.paths().newRolloutPath(identity.id(), Instant.ofEpochMilli(identity.createdAtMs()));
            recorder = new ThreadRecorder(RolloutWriter.create(log, meta), () -> touchIndex(self.get()));
            for (RolloutRecord record : copied) {
                recorder.write(record);
            }
            stored.index().register(meta, log);
        }
        AgentThread thread = new AgentThread(identity, settings, state, services, runtime, recorder);
        self.set(thread);
        threads.put(thread.id(), thread);
        if (!copied.isEmpty()) {
            touchIndex(thread);
        }
        return thread;
    }

    /** Tells the index the thread changed (after each turn, a rollback, a fork's copy). */
    private void touchIndex(AgentThread thread) {
        if (thread == null || thread.path() == null) {
            return;
        }
        ThreadView view = thread.view(false);
        stored.index().touch(thread.id(), view.updatedAt() * 1000, view.preview());
    }

    /** A fork's log starts with the source's turns, written as if they had happened in it. */
    private static List<RolloutRecord> copyRecords(RestoredState state, ThreadSettings settings) {
        List<RolloutRecord> records = new ArrayList<>();
        for (TurnRecord turn : state.turns()) {
            long started = turn.startedAtMs() == null ? 0 : turn.startedAtMs();
            records.add(new RolloutRecord.TurnContext(turn.id(), started, settings.cwd(), settings.model(),
                    settings.approvalPolicy(), settings.sandboxPolicy(), settings.reasoningEffort(),
                    settings.reasoningSummary()));
            for (ConversationHistory.Entry entry : state.history()) {
                if (turn.id().equals(entry.turnId())) {
                    records.add(new RolloutRecord.HistoryItem(entry.turnId(), entry.item()));
                }
            }
            for (Item item : turn.items()) {
                records.add(new RolloutRecord.ItemCompleted(turn.id(), item));
            }
            records.add(new RolloutRecord.TurnCompleted(turn.id(), turn.status(), turn.failure(),
                    turn.completedAtMs() == null ? started : turn.completedAtMs()));
        }
        return records;
    }

    /** In a copied history, a turn that was still running gets the outputs and marker an interrupt adds. */
    private static RestoredState closeInterruptedTurns(RestoredState state) {
        List<TurnRecord> turns = state.turns();
        if (turns.isEmpty() || turns.get(turns.size() - 1).status() != TurnStatus.INTERRUPTED) {
            return state;
        }
        String lastTurn = turns.get(turns.size() - 1).id();
        ConversationHistory history = new ConversationHistory(state.history());
        history.beginTurn(lastTurn);
        ResponseItem marker = ResponseItem.Message.userText(TurnMarkers.TURN_ABORTED);
        boolean endsWithMarker = !state.history().isEmpty()
                && state.history().get(state.history().size() - 1).item().equals(marker);
        history.answerUnansweredCalls();
        if (!endsWithMarker) {
            history.append(marker);
        }
        return new RestoredState(history.entries(), turns, state.usage(), state.preview(), state.updatedAtMs(),
                state.name());
    }

    private ThreadSettings withOverrides(ThreadSettings base, ThreadStartOptions options, Config config) {
        Path cwd = options.cwd() == null ? base.cwd() : resolveCwd(options.cwd(), base.cwd());
        return new ThreadSettings(
                options.model() != null ? options.model() : base.model(),
                options.modelProvider() != null ? provider(config, options.modelProvider()) : base.providerId(),
                cwd,
                options.approvalPolicy() != null ? options.approvalPolicy() : base.approvalPolicy(),
                options.sandboxMode() != null ? sandboxPolicy(options.sandboxMode(), config.sandboxWorkspaceWrite())
                        : base.sandboxPolicy(),
                base.reasoningEffort(),
                base.reasoningSummary(),
                base.verbosity(),
                options.baseInstructions() != null ? options.baseInstructions() : base.baseInstructions(),
                options.developerInstructions() != null ? options.developerInstructions()
                        : base.developerInstructions());
    }

    private static String provider(Config config, String providerId) {
        if (!config.providers().containsKey(providerId)) {
            throw new ConfigException("Unknown model provider '" + providerId + "'. Known providers: "
                    + String.join(", ", config.providers().keySet()));
        }
        return providerId;
    }

    private ConfiguredTurnServices services(Map<String, Object> threadOverrides) {
        if (threadOverrides == null || threadOverrides.isEmpty()) {
            ConfiguredTurnServices services = baseServices;
            if (services == null) {
                services = new ConfiguredTurnServices(baseConfig.get(), env, userAgent);
                baseServices = services;
            }
            return services;
        }
        ConfigOverrides combined = overrides;
        for (Map.Entry<String, Object> entry : threadOverrides.entrySet()) {
            combined = combined.with(entry.getKey(), entry.getValue());
        }
        return new ConfiguredTurnServices(loader.load(combined), env, userAgent);
    }

    private static Path resolveCwd(Path requested, Path relativeTo) {
        Path base = relativeTo != null ? relativeTo : Path.of("").toAbsolutePath();
        Path cwd = requested == null ? base : base.resolve(requested).normalize();
        if (!Files.isDirectory(cwd)) {
            throw new ConfigException("cwd " + cwd + " is not a directory");
        }
        return cwd;
    }

    private static SandboxPolicy sandboxPolicy(dev.codeloop.core.config.SandboxMode mode, SandboxWorkspaceWrite ww) {
        return switch (mode) {
            case READ_ONLY -> new SandboxPolicy.ReadOnly(false);
            case WORKSPACE_WRITE -> new SandboxPolicy.WorkspaceWrite(ww.writableRoots(), ww.networkAccess(),
                    ww.excludeTmpdirEnvVar(), ww.excludeSlashTmp());
            case DANGER_FULL_ACCESS -> new SandboxPolicy.DangerFullAccess();
        };
    }

    private static String baseInstructions(Config config) {
        Path file = config.modelInstructionsFile();
        if (file == null) {
            return BaseInstructions.text();
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("Cannot read model_instructions_file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first turn's context: permissions and developer guidance, then the environment. */
    private List<ResponseItem> initialContext(ThreadSettings settings) {
        List<ResponseItem> context = new ArrayList<>();
        StringBuilder developer = new StringBuilder(PermissionsInstructions.render(settings.sandboxPolicy(),
                settings.approvalPolicy(), settings.cwd()));
        if (settings.developerInstructions() != null && !settings.developerInstructions().isBlank()) {
            developer.append("\n\n").append(settings.developerInstructions());
        }
        context.add(ResponseItem.Message.developerText(developer.toString()));
        EnvironmentContext environment = new EnvironmentContext(settings.cwd(), "bash",
                LocalDate.now(runtime.clock()), runtime.clock().getZone());
        context.add(ResponseItem.Message.userText(environment.render()));
        return context;
    }

}
