package dev.codeloop.core.thread;

import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.config.CodeloopHome;
import dev.codeloop.core.config.ConfigLoader;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.core.config.LazyConfig;
import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.id.IdGenerator;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.thread.store.ThreadQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The engine's JSON paths in a process of their own, for {@link NoDatabindMapperTest} to watch which classes
 * they load: a thread whose first turn calls {@code update_plan}, {@code shell_command} and {@code apply_patch}
 * (function arguments read, requests written, SSE events decoded, every record stored) and whose second turn
 * fails on an HTTP error with a JSON body; then a second engine over the same home lists, names, reads and
 * resumes the thread from its log and index. Prints one summary line on stdout.
 *
 * <p>Arguments: the Codeloop home (its config.toml points at the parent's scripted model server), the working
 * directory.
 */
public final class NoDatabindMapperFlow {

    static final String API_KEY_VARIABLE = "CODELOOP_TEST_API_KEY";
    private static final long WAIT_MS = 10_000;

    private NoDatabindMapperFlow() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path cwd = Path.of(args[1]);
        Map<String, String> env = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "HOME", home.toString(), API_KEY_VARIABLE, "sk-scripted");
        StringJoiner summary = new StringJoiner(" ");

        String threadId;
        BlockingQueue<ThreadEvent> events = new LinkedBlockingQueue<>();
        try (Engine engine = new Engine(home, env, events)) {
            AgentThread thread = engine.manager.start(new ThreadStartOptions(null, null, cwd, null, null, Map.of(),
                    null, null, false, "codeloop-test"));
            threadId = thread.id();
            summary.add("turn1=" + runTurn(thread, events, "Plan, run and patch"));
            summary.add("turn2=" + runTurn(thread, events, "Again"));
        }

        try (Engine engine = new Engine(home, env, new LinkedBlockingQueue<>())) {
            List<ThreadView> listed = engine.manager.list(ThreadQuery.defaults(), new String[1]);
            summary.add("listed=" + listed.size());
            engine.manager.setName(threadId, "named");
            ThreadView read = engine.manager.read(threadId, true);
            summary.add("name=" + read.name());
            StringJoiner turns = new StringJoiner(",");
            for (TurnSnapshot turn : read.turns()) {
                StringJoiner items = new StringJoiner("+");
                turn.items().forEach(item -> items.add(ScriptedEngine.kind(item)));
                turns.add(turn.status() + "[" + items + "]"
                        + (turn.error() != null ? "(" + turn.error().message() + ")" : ""));
            }
            summary.add("read=" + turns);
            AgentThread resumed = engine.manager.resume(threadId, ThreadStartOptions.defaults());
            summary.add("resumedTurns=" + resumed.view(true).turns().size());
        }
        System.out.println(summary);
    }

    private static String runTurn(AgentThread thread, BlockingQueue<ThreadEvent> events, String text)
            throws Exception {
        thread.prepareTurn(List.of(new UserContent.Text(text)), TurnOverrides.NONE).start();
        while (true) {
            ThreadEvent event = events.poll(WAIT_MS, TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new IllegalStateException("no thread event within " + WAIT_MS + " ms");
            }
            if (event instanceof ThreadEvent.TurnCompleted completed) {
                return completed.turn().status().name();
            }
        }
    }

    /** A {@link ThreadManager} over {@code home}, closed with the block. */
    private static final class Engine implements AutoCloseable {
        final ThreadManager manager;

        Engine(Path home, Map<String, String> env, BlockingQueue<ThreadEvent> events) {
            ConfigLoader loader = new ConfigLoader(new CodeloopHome(home), env);
            ConfigOverrides none = ConfigOverrides.empty();
            manager = new ThreadManager(loader, none, new LazyConfig(loader, none), env, Clock.systemDefaultZone(),
                    IdGenerator.uuidV7(), "codeloop-test/0", events::add, ApprovalChannel.declineAll());
        }

        @Override
        public void close() {
            manager.close();
        }
    }
}
