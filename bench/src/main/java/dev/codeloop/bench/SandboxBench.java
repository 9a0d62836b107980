package dev.codeloop.bench;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.exec.ExecOutputListener;
import dev.codeloop.core.exec.ExecRequest;
import dev.codeloop.core.exec.ProcessRunner;
import dev.codeloop.core.exec.ShellCommand;
import dev.codeloop.core.exec.ShellEnvironment;
import dev.codeloop.core.sandbox.Bubblewrap;
import dev.codeloop.core.sandbox.SandboxCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The cost of the sandbox per command: the same command through the same runner, with and without bwrap. */
final class SandboxBench {

    record Result(Stats plain, Stats sandboxed) {
    }

    Result run(int runs) throws IOException {
        Map<String, String> env = ShellEnvironment.build(System.getenv(), Map.of());
        if (!(Bubblewrap.availability(env) instanceof Bubblewrap.Availability.Available available)) {
            throw new IllegalStateException("bubblewrap is not available here: " + Bubblewrap.availability(env));
        }
        Path cwd = Files.createTempDirectory("codeloop-bench-sandbox-");
        // Not a login shell: the figure is the sandbox's cost, not the user's profile scripts'.
        List<String> plain = List.of(ShellCommand.bashPath(), "-c", "true");
        List<String> sandboxed = SandboxCommand.wrap(available.binary(), plain, List.of(cwd), false, cwd);
        ProcessRunner runner = new ProcessRunner();
        measure(runner, plain, cwd, env, 5);
        measure(runner, sandboxed, cwd, env, 5);
        return new Result(measure(runner, plain, cwd, env, runs), measure(runner, sandboxed, cwd, env, runs));
    }

    private static Stats measure(ProcessRunner runner, List<String> argv, Path cwd, Map<String, String> env, int runs)
            throws IOException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            runner.run(new ExecRequest(argv, cwd, env, Duration.ofSeconds(30), 4096), ExecOutputListener.ignoring(),
                    CancellationToken.none());
            times.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(times);
    }
}
