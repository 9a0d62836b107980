package dev.codeloop.core.thread;

import static org.junit.jupiter.api.Assertions.fail;

import dev.codeloop.core.config.CodeloopHome;
import dev.codeloop.core.config.ConfigLoader;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.core.config.LazyConfig;
import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.id.IdGenerator;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.ScriptedModelServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The real engine (a {@link ThreadManager} over a temp {@code CODELOOP_HOME}) talking to a
 * {@link ScriptedModelServer} on loopback, with every thread event put on a queue the test reads in order.
 * The provider has {@code stream_max_retries = 2} and, unless a test asks otherwise,
 * {@code request_max_retries = 0}; commands run in the {@code workspace-write} sandbox.
 */
final class ScriptedEngine implements AutoCloseable {

    static final String API_KEY_VARIABLE = "CODELOOP_TEST_API_KEY";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final int STREAM_MAX_RETRIES = 2;

    final ScriptedModelServer server = ScriptedModelServer.start();
    final Path cwd;
    private final ThreadManager manager;
    private final BlockingQueue<ThreadEvent> events = new LinkedBlockingQueue<>();

    private ScriptedEngine(Path tmp, boolean withApiKey, int requestMaxRetries,
                           UnaryOperator<ThreadEventListener> wrapListener, String sandboxMode) {
        try {
            Path home = Files.createDirectories(tmp.resolve("home"));
            cwd = Files.createDirectories(tmp.resolve("work")).toRealPath();
            Files.writeString(home.resolve(CodeloopHome.CONFIG_FILE_NAME),
                    dev.codeloop.testkit.rpc.CodeloopHome.scriptedProviderConfig(server.baseUrl(), API_KEY_VARIABLE,
                            requestMaxRetries, STREAM_MAX_RETRIES, 300_000, "approval_policy = \"never\"\nsandbox_mode = \"" + sandboxMode + "\""));
            Map<String, String> env = new HashMap<>();
            env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            env.put("HOME", home.toString());
            if (withApiKey) {
                env.put(API_KEY_VARIABLE, "sk-scripted");
            }
            ConfigLoader loader = new ConfigLoader(new CodeloopHome(home), env);
            ConfigOverrides none = ConfigOverrides.empty();
            manager = new ThreadManager(loader, none, new LazyConfig(loader, none), env, Clock.systemDefaultZone(),
                    IdGenerator.uuidV7(), "codeloop-test/0", wrapListener.apply(events::add),
                    dev.codeloop.core.approval.ApprovalChannel.declineAll());
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
    }

    static ScriptedEngine start(Path tmp) {
        return new ScriptedEngine(tmp, true, 0, UnaryOperator.identity(), "workspace-write");
    }

    /**
     * An engine whose commands run outside the sandbox, for tests that look at the commands' host processes
     * (the sandbox gives commands their own pid namespace).
     */
    static ScriptedEngine startWithoutSandbox(Path tmp) {
        return new ScriptedEngine(tmp, true, 0, UnaryOperator.identity(), "danger-full-access");
    }

    static ScriptedEngine startWithoutApiKey(Path tmp) {
        return new ScriptedEngine(tmp, false, 0, UnaryOperator.identity(), "workspace-write");
    }

    /** An engine whose provider retries failed HTTP requests silently {@code requestMaxRetries} times. */
    static ScriptedEngine startWithRequestRetries(Path tmp, int requestMaxRetries) {
        return new ScriptedEngine(tmp, true, requestMaxRetries, UnaryOperator.identity(), "workspace-write");
    }

    /** An engine whose listener is {@code wrapListener} around the one that queues events. */
    static ScriptedEngine startWithListener(Path tmp, UnaryOperator<ThreadEventListener> wrapListener) {
        return new ScriptedEngine(tmp, true, 0, wrapListener, "workspace-write");
    }

    AgentThread newThread() {
        return manager.start(new ThreadStartOptions(null, null, cwd, null, null, Map.of(), null, null, false,
                "codeloop-test"));
    }

    /** Starts a turn with {@code text} as the user's message and returns its id. */
    String startTurn(AgentThread thread, String text) throws ThreadBusyException {
        PreparedTurn turn = thread.prepareTurn(List.of(new UserContent.Text(text)), TurnOverrides.NONE);
        turn.start();
        return turn.snapshot().id();
    }

    /** The next event, waiting up to {@link #WAIT}. */
    ThreadEvent next() throws InterruptedException {
        ThreadEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            fail("no thread event within " + WAIT + "; model server: " + server);
        }
        return event;
    }

    /** Events up to and including the first that matches; each wait is bounded by {@link #WAIT}. */
    List<ThreadEvent> until(Predicate<ThreadEvent> last) throws InterruptedException {
        List<ThreadEvent> seen = new ArrayList<>();
        ThreadEvent event;
        do {
            event = next();
            seen.add(event);
        } while (!last.test(event));
        return seen;
    }

    /** Every event of the running turn, up to and including its {@link ThreadEvent.TurnCompleted}. */
    List<ThreadEvent> untilTurnCompleted() throws InterruptedException {
        return until(ThreadEvent.TurnCompleted.class::isInstance);
    }

    /** Skips events up to the first of {@code type}, which is returned. */
    <T extends ThreadEvent> T awaitEvent(Class<T> type) throws InterruptedException {
        return type.cast(until(type::isInstance).getLast());
    }

    /** The first completed item of {@code type} among {@code events}. */
    static <T extends Item> T completedItem(List<ThreadEvent> events, Class<T> type) {
        return events.stream()
                .filter(ThreadEvent.ItemCompleted.class::isInstance)
                .map(e -> ((ThreadEvent.ItemCompleted) e).item())
                .filter(type::isInstance).map(type::cast)
                .findFirst().orElseGet(() -> fail("no completed " + type.getSimpleName() + " in " + describe(events)));
    }

    /** The turn as its {@link ThreadEvent.TurnCompleted} (the last of {@code events}) reports it. */
    static TurnSnapshot completedTurn(List<ThreadEvent> events) {
        return ((ThreadEvent.TurnCompleted) events.getLast()).turn();
    }

    /** A short name for an event, so a test can compare a whole sequence at a glance. */
    static String describe(ThreadEvent event) {
        return switch (event) {
            case ThreadEvent.StatusChanged e -> "status:" + switch (e.status()) {
                case ThreadRuntimeStatus.Active a -> "active";
                case ThreadRuntimeStatus.NotLoaded n -> "notLoaded";
                case ThreadRuntimeStatus.Idle i -> "idle";
                case ThreadRuntimeStatus.SystemError s -> "systemError";
            };
            case ThreadEvent.TurnStarted e -> "turnStarted";
            case ThreadEvent.TurnCompleted e -> "turnCompleted:" + e.turn().status();
            case ThreadEvent.ItemStarted e -> "itemStarted:" + kind(e.item());
            case ThreadEvent.ItemCompleted e -> "itemCompleted:" + kind(e.item());
            case ThreadEvent.AgentMessageDelta e -> "delta";
            case ThreadEvent.ReasoningSummaryPartAdded e -> "reasoningPart";
            case ThreadEvent.ReasoningSummaryDelta e -> "reasoningDelta";
            case ThreadEvent.CommandOutputDelta e -> "outputDelta";
            case ThreadEvent.TokenUsageUpdated e -> "tokenUsage";
            case ThreadEvent.TurnDiffUpdated e -> "turnDiff";
            case ThreadEvent.PlanUpdated e -> "planUpdated";
            case ThreadEvent.Error e -> "error(willRetry=" + e.willRetry() + ")";
            case ThreadEvent.Warning e -> "warning";
        };
    }

    static List<String> describe(List<ThreadEvent> events) {
        return events.stream().map(ScriptedEngine::describe).toList();
    }

    /** An item's kind as these tests name it ({@code userMessage}, {@code commandExecution}, …). */
    static String kind(Item item) {
        return switch (item) {
            case Item.UserMessage m -> "userMessage";
            case Item.AgentMessage m -> "agentMessage";
            case Item.Reasoning r -> "reasoning";
            case Item.CommandExecution c -> "commandExecution";
            case Item.FileChange c -> "fileChange";
        };
    }

    /** Time between two requests' arrivals at the server. */
    static long millisBetween(RecordedModelRequest earlier, RecordedModelRequest later) {
        return Duration.ofNanos(later.receivedAtNanos() - earlier.receivedAtNanos()).toMillis();
    }

    RecordedModelRequest takeRequest() throws InterruptedException {
        return server.takeRequest(WAIT);
    }

    @Override
    public void close() {
        try {
            manager.close();
        } finally {
            server.close();
        }
    }
}
