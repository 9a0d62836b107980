package dev.codeloop.core.thread.git;

import dev.codeloop.core.thread.store.GitInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The git state of a directory when a thread starts (commit, branch, origin), for thread lists. Best effort:
 * no git, no repository, or a slow or hung git (a stale network mount, a lock) all give null within the time
 * limit rather than holding up {@code thread/start}. The limit covers the whole probe; the system property
 * {@code codeloop.gitProbeTimeoutMs} changes it (2000 by default).
 */
public final class GitInfoProbe {

    private static final Duration DEFAULT_LIMIT = Duration.ofMillis(Long.getLong("codeloop.gitProbeTimeoutMs", 2000));
    /** git's output is read on its own thread, so that the time limit holds however git behaves. */
    private static final ExecutorService OUTPUT_READERS =
            Executors.newThreadPerTaskExecutor(java.lang.Thread.ofVirtual().name("git-output").factory());

    private GitInfoProbe() {
    }

    public static GitInfo probe(Path cwd) {
        return probe(cwd, "git", DEFAULT_LIMIT);
    }

    /** {@code git}: the command to run (a path in tests). */
    static GitInfo probe(Path cwd, String git, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        String sha = run(deadline, git, cwd, "rev-parse", "HEAD");
        if (sha == null) {
            return null;
        }
        String branch = run(deadline, git, cwd, "rev-parse", "--abbrev-ref", "HEAD");
        String origin = run(deadline, git, cwd, "config", "--get", "remote.origin.url");
        return new GitInfo(sha, "HEAD".equals(branch) ? null : branch, origin);
    }

    private static String run(long deadline, String git, Path cwd, String... args) {
        List<String> command = new ArrayList<>(List.of(git, "-C", cwd.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            return null; // no git
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()),
                OUTPUT_READERS);
        try {
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return null;
            }
            // git has exited; a child of it could still hold the pipe open, hence the bound here too.
            byte[] out = output.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            String text = new String(out, StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 && !text.isEmpty() ? text : null;
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } finally {
            if (process.isAlive() || !output.isDone()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
