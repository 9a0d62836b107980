package dev.codeloop.core.exec;

import static dev.codeloop.core.exec.TestCommands.LONG_TIMEOUT;
import static dev.codeloop.core.exec.TestCommands.bash;
import static dev.codeloop.core.exec.TestCommands.isRunning;
import static dev.codeloop.core.exec.TestCommands.pidsIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Timeouts, cancellation and leftover processes. Pid checks right after {@code run} returns are not
 * racy: after a kill, {@code run} only returns once the killed processes are dead. "Returns soon" bounds
 * are loose on purpose (the commands would take 100 s).
 */
class ProcessRunnerKillTest {

    private static final Duration SOON = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    static Stream<Arguments> launchers() {
        return Stream.of(Arguments.of("setsid", SessionLauncher.detect()),
                Arguments.of("plain", SessionLauncher.none()));
    }

    private static ProcessRunner runner(SessionLauncher launcher) {
        return new ProcessRunner(launcher, ProcessRunner.DEFAULT_DRAIN_GRACE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void timeoutKillsTheWholeTree(String name, SessionLauncher launcher) throws IOException {
        String script = "sleep 100 & echo $!; sleep 100 & echo $!; echo $$; wait";
        long started = System.nanoTime();
        ExecResult result = runner(launcher).run(bash(script, dir, Duration.ofMillis(500)),
                ExecOutputListener.ignoring(), CancellationToken.none());

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(SOON) < 0);
        assertEquals(Termination.TIMED_OUT, result.termination());
        assertEquals(ProcessRunner.TIMEOUT_EXIT_CODE, result.exitCode());
        List<Long> pids = pidsIn(result.output());
        assertEquals(3, pids.size(), result.output());
        pids.forEach(pid -> assertFalse(isRunning(pid), "still running: " + pid));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void cancelFromAnotherThreadKillsAPipeline(String name, SessionLauncher launcher) throws Exception {
        CancellationToken token = new CancellationToken();
        CountDownLatch ready = new CountDownLatch(1);
        Thread canceller = Thread.ofPlatform().start(() -> {
            try {
                if (ready.await(LONG_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    token.cancel();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        StringBuilder seen = new StringBuilder();
        ExecOutputListener listener = chunk -> {
            seen.append(chunk);
            if (seen.toString().contains("ready")) {
                ready.countDown();
            }
        };
        String script = "sleep 100 & echo $!; echo $$; echo ready; sleep 100 | cat";
        long started = System.nanoTime();
        ExecResult result = runner(launcher).run(bash(script, dir, LONG_TIMEOUT), listener, token);
        canceller.join();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(SOON) < 0);
        assertEquals(Termination.CANCELLED, result.termination());
        assertEquals(ProcessRunner.CANCELLED_EXIT_CODE, result.exitCode());
        List<Long> pids = pidsIn(result.output());
        assertEquals(2, pids.size(), result.output());
        pids.forEach(pid -> assertFalse(isRunning(pid), "still running: " + pid));
    }

    @Test
    void alreadyCancelledTokenStartsNothing() throws IOException {
        CancellationToken token = new CancellationToken();
        token.cancel();
        ExecResult result = new ProcessRunner().run(bash("touch started", dir, LONG_TIMEOUT),
                ExecOutputListener.ignoring(), token);

        assertEquals(Termination.CANCELLED, result.termination());
        assertEquals(-1, result.pid());
        assertFalse(Files.exists(dir.resolve("started")));
    }

    @Test
    void sessionKillReachesOrphans() throws IOException {
        SessionLauncher launcher = SessionLauncher.detect();
        assumeTrue(launcher.ownSession(), "setsid not installed");
        // The subshell exits at once, so its sleep is reparented away and is no longer a descendant.
        String script = "( sleep 100 & echo $! ); sleep 100";
        ExecResult result = runner(launcher).run(bash(script, dir, Duration.ofMillis(500)),
                ExecOutputListener.ignoring(), CancellationToken.none());

        assertEquals(Termination.TIMED_OUT, result.termination());
        List<Long> pids = pidsIn(result.output());
        assertEquals(1, pids.size(), result.output());
        assertFalse(isRunning(pids.getFirst()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchers")
    void backgroundChildHoldingThePipeDoesNotHang(String name, SessionLauncher launcher) throws Exception {
        // After run returns, the test creates the flag; the leftover then writes to the abandoned pipe.
        String script = "(while [ ! -e flag ]; do sleep 0.01; done; echo late) & echo $!; echo hi";
        List<String> chunks = new CopyOnWriteArrayList<>();
        AtomicBoolean returned = new AtomicBoolean();
        AtomicBoolean calledAfterReturn = new AtomicBoolean();
        ExecOutputListener listener = chunk -> {
            calledAfterReturn.compareAndSet(false, returned.get());
            chunks.add(chunk);
        };
        long started = System.nanoTime();
        ExecResult result = runner(launcher).run(bash(script, dir, LONG_TIMEOUT), listener, CancellationToken.none());
        returned.set(true);
        List<Long> pids = pidsIn(result.output());
        try {
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(SOON) < 0);
            assertEquals(Termination.EXITED, result.termination());
            assertEquals(0, result.exitCode());
            assertTrue(result.output().endsWith("hi\n"), result.output());
            assertEquals(1, pids.size(), result.output());
            assertTrue(isRunning(pids.getFirst()), "background processes of a normal exit are left alone");

            Files.createFile(dir.resolve("flag"));
            Thread reader = readerThread(result.pid());
            if (reader != null) {
                // The abandoned reader wakes on "late", drops it, and ends.
                reader.join(LONG_TIMEOUT);
                assertFalse(reader.isAlive());
            }
            assertFalse(calledAfterReturn.get());
            assertTrue(chunks.stream().noneMatch(c -> c.contains("late")));
        } finally {
            TestCommands.kill(pids);
        }
    }

    private static Thread readerThread(long pid) {
        String name = "codeloop-exec-output-" + pid;
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name)).findFirst().orElse(null);
    }
}
