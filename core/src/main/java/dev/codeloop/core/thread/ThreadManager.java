package dev.codeloop.core.thread;

import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.config.Config;
import dev.codeloop.core.config.ConfigException;
import dev.codeloop.core.config.ConfigLoader;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.core.config.SandboxWorkspaceWrite;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.id.IdGenerator;
import dev.codeloop.core.prompt.BaseInstructions;
import dev.codeloop.core.prompt.EnvironmentContext;
import dev.codeloop.core.prompt.PermissionsInstructions;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/** Creates and keeps the loaded threads. Config is read on the first thread, not at startup. */
public final class ThreadManager implements AutoCloseable {

    private final ConfigLoader loader;
    private final ConfigOverrides overrides;
    private final Supplier<Config> baseConfig;
    private final Map<String, String> env;
    private final Clock clock;
    private final IdGenerator ids;
    private final String userAgent;
    private final ThreadEventListener listener;
    private final ApprovalChannel approvals;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            java.lang.Thread.ofVirtual().name("turn-", 0).factory());
    private final Map<String, AgentThread> threads = new ConcurrentHashMap<>();
    private volatile ConfiguredTurnServices baseServices;

    public ThreadManager(ConfigLoader loader, ConfigOverrides overrides, Supplier<Config> baseConfig,
                         Map<String, String> env, Clock clock, IdGenerator ids, String userAgent,
                         ThreadEventListener listener, ApprovalChannel approvals) {
        this.loader = loader;
        this.overrides = overrides;
        this.baseConfig = baseConfig;
        this.env = env;
        this.clock = clock;
        this.ids = ids;
        this.userAgent = userAgent;
        this.listener = listener;
        this.approvals = approvals;
    }

    /** Starts a thread. Throws {@link ConfigException} when the config (or the requested override) is invalid. */
    public AgentThread start(ThreadStartOptions options) {
        ConfiguredTurnServices services = services(options.configOverrides());
        Config config = services.config();
        String providerId = options.modelProvider() != null ? options.modelProvider() : config.modelProvider();
        if (!config.providers().containsKey(providerId)) {
            throw new ConfigException("Unknown model provider '" + providerId + "'. Known providers: "
                    + String.join(", ", config.providers().keySet()));
        }
        Path cwd = resolveCwd(options.cwd());
        ThreadSettings settings = new ThreadSettings(
                options.model() != null ? options.model() : config.model(),
                providerId,
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
        AgentThread thread = new AgentThread(ids.newId(), options.ephemeral(), settings, services, clock, ids, executor, listener,
                approvals, this::initialContext);
        threads.put(thread.id(), thread);
        return thread;
    }

    public Optional<AgentThread> get(String threadId) {
        return Optional.ofNullable(threads.get(threadId));
    }

    public Collection<AgentThread> loaded() {
        return List.copyOf(threads.values());
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
            thread.awaitIdle(2, TimeUnit.SECONDS);
        }
        executor.shutdownNow();
    }

    private ConfiguredTurnServices services(Map<String, Object> threadOverrides) {
        if (threadOverrides == null || threadOverrides.isEmpty()) {
            ConfiguredTurnServices services = baseServices;
            if (services == null) {
                services = new ConfiguredTurnServices(baseConfig.get(), env, userAgent, mapper);
                baseServices = services;
            }
            return services;
        }
        ConfigOverrides combined = overrides;
        for (Map.Entry<String, Object> entry : threadOverrides.entrySet()) {
            combined = combined.with(entry.getKey(), entry.getValue());
        }
        return new ConfiguredTurnServices(loader.load(combined), env, userAgent, mapper);
    }

    private Path resolveCwd(Path requested) {
        Path base = Path.of("").toAbsolutePath();
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
                LocalDate.now(clock), clock.getZone());
        context.add(ResponseItem.Message.userText(environment.render()));
        return context;
    }
}
