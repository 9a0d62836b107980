package dev.codeloop.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code bin/codeloop-bench [startup]}: measures the packaged server and prints the figures. */
public final class BenchMain {

    private BenchMain() {
    }

    /** {@code bin/codeloop-bench [startup|threads|sandbox|all]} (default all). */
    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        Path launcher = findLauncher();
        System.out.println("Codeloop benchmarks (" + launcher + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + " for the driver)");
        if (which.equals("all") || which.equals("startup")) {
            int runs = Integer.getInteger("runs", 15);
            StartupBench startup = new StartupBench(launcher);
            System.out.println("spawn -> initialize response: " + startup.spawnToInitialize(2, runs).format("ms"));
            System.out.println("idle RSS (VmHWM, init + thread/start + 3 s): " + startup.idleRss(5).format("MiB"));
        }
        if (which.equals("all") || which.equals("sandbox")) {
            SandboxBench.Result r = new SandboxBench().run(Integer.getInteger("runs", 50));
            System.out.printf("per command (bash -c true): unsandboxed %s; in bubblewrap %s; overhead %.1f ms%n",
                    r.plain().format("ms"), r.sandboxed().format("ms"), r.sandboxed().median() - r.plain().median());
        }
        if (which.equals("all") || which.equals("threads")) {
            ThreadListBench.Result r = new ThreadListBench(launcher).run(Integer.getInteger("threads", 10_000));
            System.out.printf("thread/list over %,d stored threads: first list without an index %.0f ms, "
                    + "first list of a new server %.0f ms, later lists %s%n", r.threads(), r.rebuildMs(), r.coldMs(),
                    r.warm().format("ms"));
        }
    }

    private static Path findLauncher() {
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
