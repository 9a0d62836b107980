package dev.codeloop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code bin/codeloop-bench [mode] [key=value...]}: measures the packaged server and prints the figures.
 * Modes: startup, deltas, burst, concurrent, rss, longsession, threads, sandbox, all (the default: every mode
 * but jmh), and jmh (the in-process microbenchmarks; further arguments go to JMH).
 */
public final class BenchMain {

    static final List<String> MODES =
            List.of("startup", "deltas", "burst", "concurrent", "rss", "longsession", "threads", "sandbox");

    private BenchMain() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        // Worker threads of the model server or of a failed run must not keep the launcher alive.
        System.exit(0);
    }

    /** Runs the benchmarks {@code args} select. */
    static void run(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        if (which.equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (!which.equals("all") && !MODES.contains(which)) {
            System.err.println("usage: codeloop-bench [all|" + String.join("|", MODES) + "|jmh] [key=value...]");
            System.exit(2);
        }
        BenchOptions options = new BenchOptions(args, 1);
        Path launcher = findLauncher();
        System.out.println("Codeloop benchmarks (" + launcher + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + " for the driver)");
        Set<String> modes = which.equals("all") ? Set.copyOf(MODES) : Set.of(which);
        for (String mode : MODES) {
            if (modes.contains(mode)) {
                run(mode, launcher, options, which.equals("all"));
            }
        }
    }

    private static void run(String mode, Path launcher, BenchOptions o, boolean all) throws Exception {
        switch (mode) {
            case "startup" -> {
                StartupBench startup = new StartupBench(launcher);
                System.out.println("spawn -> initialize response: "
                        + startup.spawnToInitialize(2, o.intValue("runs", 15)).format("ms"));
                System.out.println("idle RSS (VmHWM, init + thread/start + 3 s): "
                        + startup.idleRss(o.intValue("rssRuns", 5)).format("MiB"));
                FirstRequestsBench first = new FirstRequestsBench(launcher);
                for (int pauseMs : new int[] {2000, 0}) {
                    FirstRequestsBench.Result r = first.run(o.intValue("firstRuns", 5), Duration.ofMillis(pauseMs));
                    System.out.printf("first requests of a new server, sent %s after initialize: thread/start %s; "
                            + "first turn (2 deltas) %s%n", pauseMs == 0 ? "at once" : pauseMs + " ms",
                            r.threadStartMs().format("ms"), r.firstTurnMs().format("ms"));
                }
            }
            case "deltas" -> {
                int count = o.intValue("deltas", 500);
                int gapMs = o.intValue("gapMs", 2);
                DeltaLatencyBench.Result r = new DeltaLatencyBench(launcher)
                        .run(count, Duration.ofMillis(gapMs), o.intValue("runs", 3));
                System.out.printf("delta latency (%d deltas %d ms apart, model write -> client read), %d turns after "
                        + "the first: %s%n", count, gapMs, r.runs(), r.later().formatLatency("ms"));
                System.out.println("  first turn of a new server: " + r.firstTurn().formatLatency("ms"));
            }
            case "burst" -> {
                BurstBench.Result r = new BurstBench(launcher).run(o.intValue("deltas", 2000), o.intValue("runs", 3));
                System.out.printf("burst of %d deltas without pause: %,.0f deltas/s end to end (model server's first "
                        + "write -> client's last read; median of %d, min %,.0f, max %,.0f; first turn of a new server "
                        + "%,.0f/s); client's first -> last read %,.0f/s; model server wrote %,.0f/s; last write -> "
                        + "last read %.1f ms; server CPU %.1f us per delta%n", r.count(), r.endToEndRate().median(),
                        r.endToEndRate().n(), r.endToEndRate().min(), r.endToEndRate().max(), r.firstTurnRate(),
                        r.readRate().median(), r.writeRate().median(), r.tailLagMs().median(),
                        r.serverCpuUsPerDelta());
            }
            case "concurrent" -> {
                int threads = o.intValue("threads", 100);
                int perThread = o.intValue("deltas", 100);
                int gapMs = o.intValue("gapMs", 10);
                ConcurrentTurnsBench.Result r = new ConcurrentTurnsBench(launcher)
                        .run(threads, perThread, Duration.ofMillis(gapMs));
                System.out.printf("%d threads with a turn each at once (%d deltas %d ms apart per turn): %d/%d turns "
                        + "completed in %.0f ms (server CPU %.0f ms); deltas in another thread's stream %d, out of "
                        + "order %d, missing %d, wrong final messages %d; delta latency %s%n", threads, perThread,
                        gapMs, r.completed(), r.threads(), r.wallMs(), r.serverCpuMs(), r.misrouted(), r.outOfOrder(),
                        r.missing(), r.wrongMessages(), r.latencyMs().formatLatency("ms"));
            }
            case "rss" -> {
                ToolTurnRssBench.Result r = new ToolTurnRssBench(launcher).run(o.intValue("rssRuns", 5));
                System.out.println("RSS after a tool turn (ls -la && cat README.md): VmHWM "
                        + r.peakMiB().format("MiB") + "; VmRSS " + r.currentMiB().format("MiB"));
            }
            case "longsession" -> {
                int turns = o.intValue("turns", 200);
                List<Integer> at = List.of(Math.min(10, turns), turns / 2, turns).stream().distinct().toList();
                LongSessionBench.Result r = new LongSessionBench(launcher).run(turns, at);
                System.out.printf("long session, %d turns in one thread (shell command + 20 deltas each):%n", turns);
                for (LongSessionBench.Checkpoint c : r.checkpoints()) {
                    System.out.printf("  after %3d turns: heap after full GC %.1f MiB, VmRSS %.1f MiB%n", c.turns(),
                            c.heapMiB(), c.rssMiB());
                }
                System.out.printf("  turn time: first 10 %s; last 10 %s; VmHWM at the end %.1f MiB%n",
                        r.firstTurnsMs().format("ms"), r.lastTurnsMs().format("ms"), r.peakMiB());
            }
            case "threads" -> {
                ThreadListBench.Result r = new ThreadListBench(launcher).run(o.intValue("threads", 10_000));
                System.out.printf("thread/list over %,d stored threads: first list without an index %.0f ms, "
                        + "first list of a new server %.0f ms, later lists %s%n", r.threads(), r.rebuildMs(),
                        r.coldMs(), r.warm().format("ms"));
            }
            case "sandbox" -> {
                try {
                    SandboxBench.Result r = new SandboxBench().run(o.intValue("runs", 50));
                    System.out.printf("per command (bash -c true): unsandboxed %s; in bubblewrap %s; overhead %.1f ms%n",
                            r.plain().format("ms"), r.sandboxed().format("ms"),
                            r.sandboxed().median() - r.plain().median());
                } catch (IllegalStateException noBubblewrap) {
                    if (!all) {
                        throw noBubblewrap;
                    }
                    System.out.println("sandbox overhead: skipped (" + noBubblewrap.getMessage() + ")");
                }
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }

    static Path findLauncher() {
        String override = System.getProperty("codeloop.launcher");
        if (override != null) {
            return Path.of(override);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("bin/codeloop");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("bin/codeloop not found above " + Path.of("").toAbsolutePath());
    }
}
