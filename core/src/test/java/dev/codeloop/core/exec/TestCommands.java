package dev.codeloop.core.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shared helpers for tests that run real processes. */
final class TestCommands {

    static final Duration LONG_TIMEOUT = Duration.ofSeconds(20);

    private TestCommands() {
    }

    /** A minimal, fixed environment so tests do not depend on the developer's shell setup. */
    static Map<String, String> env() {
        return Map.of("PATH", Objects.requireNonNullElse(System.getenv("PATH"), "/usr/bin:/bin"),
                "LANG", "C.UTF-8");
    }

    /** {@code bash -c script} (not a login shell: profiles would make output machine-dependent). */
    static ExecRequest bash(String script, Path cwd, Duration timeout) {
        return new ExecRequest(List.of(ShellCommand.bashPath(), "-c", script), cwd, env(), timeout, 1 << 20);
    }

    /** Pids a test script printed, one per line, ignoring other lines. */
    static List<Long> pidsIn(String output) {
        List<Long> pids = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.matches("\\d+")) {
                pids.add(Long.parseLong(line));
            }
        }
        return pids;
    }

    /**
     * Whether a process is still running. Zombies count as dead: this container's init does not reap
     * orphans, and ProcessHandle.isAlive() calls a zombie alive.
     */
    static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** Kills leftovers a test deliberately left running. */
    static void kill(List<Long> pids) {
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
}
