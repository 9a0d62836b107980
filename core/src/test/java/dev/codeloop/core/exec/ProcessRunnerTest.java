package dev.codeloop.core.exec;

import static dev.codeloop.core.exec.TestCommands.LONG_TIMEOUT;
import static dev.codeloop.core.exec.TestCommands.bash;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Normal runs: exit codes, streaming, decoding, stdin, cwd, env and capture. */
class ProcessRunnerTest {

    @TempDir
    Path dir;

    private final ProcessRunner runner = new ProcessRunner();

    private ExecResult run(String script) throws IOException {
        return runner.run(bash(script, dir, LONG_TIMEOUT), ExecOutputListener.ignoring(), CancellationToken.none());
    }

    @Test
    void reportsExitCodeAndOutput() throws IOException {
        ExecResult ok = run("echo hello");
        assertEquals(0, ok.exitCode());
        assertEquals(Termination.EXITED, ok.termination());
        assertEquals("hello\n", ok.output());
        assertEquals(6, ok.totalBytes());
        assertTrue(ok.pid() > 0);

        ExecResult failed = run("echo oops; exit 3");
        assertEquals(3, failed.exitCode());
        assertEquals(Termination.EXITED, failed.termination());
    }

    @Test
    void mergesStdoutAndStderrInArrivalOrder() throws IOException {
        assertEquals("out1\nerr1\nout2\nerr2\n", run("echo out1; echo err1 >&2; echo out2; echo err2 >&2").output());
    }

    @Test
    void streamsOutputWhileTheCommandRuns() throws IOException {
        // The script only finishes once the flag exists, and only the listener creates it on seeing "a":
        // if output were delivered at exit, the run would time out instead.
        Path flag = dir.resolve("flag");
        List<String> chunks = new CopyOnWriteArrayList<>();
        ExecOutputListener listener = chunk -> {
            chunks.add(chunk);
            if (chunk.contains("a")) {
                touch(flag);
            }
        };
        ExecResult result = runner.run(
                bash("echo a; while [ ! -e flag ]; do sleep 0.01; done; echo b", dir, LONG_TIMEOUT),
                listener, CancellationToken.none());

        assertEquals(Termination.EXITED, result.termination());
        assertEquals("a\nb\n", result.output());
        assertEquals("a\nb\n", String.join("", chunks));
    }

    @Test
    void reportsPidBeforeOutput() throws IOException {
        AtomicLong startedPid = new AtomicLong();
        List<String> events = new CopyOnWriteArrayList<>();
        ExecOutputListener listener = new ExecOutputListener() {
            @Override
            public void onStart(long pid) {
                startedPid.set(pid);
                events.add("start");
            }

            @Override
            public void onOutput(String chunk) {
                events.add("output");
            }
        };
        ExecResult result = runner.run(bash("echo $$", dir, LONG_TIMEOUT), listener, CancellationToken.none());

        assertEquals(result.pid(), startedPid.get());
        assertEquals("start", events.getFirst());
        // With or without setsid, the command's own pid is the started process's pid.
        assertEquals(result.pid() + "\n", result.output());
    }

    @Test
    void decodesCharactersSplitAcrossReads() throws IOException {
        // é, € and 😀 written a byte or two at a time, with pauses so they arrive in separate reads.
        String script = "printf '\\xc3'; sleep 0.05; printf '\\xa9'; sleep 0.05; printf '\\xe2\\x82'; sleep 0.05;"
                + " printf '\\xac'; sleep 0.05; printf '\\xf0\\x9f'; sleep 0.05; printf '\\x98\\x80'";
        List<String> chunks = new CopyOnWriteArrayList<>();
        ExecResult result = runner.run(bash(script, dir, LONG_TIMEOUT), chunks::add, CancellationToken.none());

        assertEquals("é€😀", String.join("", chunks));
        assertEquals("é€😀", result.output());
        assertTrue(chunks.stream().noneMatch(c -> c.contains("\uFFFD")), chunks::toString);
    }

    @Test
    void replacesMalformedBytes() throws IOException {
        assertEquals("a\uFFFDb", run("printf 'a\\xffb'").output());
        // A character cut off by the end of output is replaced too.
        assertEquals("x\uFFFD", run("printf 'x\\xe2\\x82'").output());
    }

    @Test
    void stdinIsEmpty() throws IOException {
        ExecResult result = run("cat; read -r line; echo \"read=$? done\"");
        assertEquals(Termination.EXITED, result.termination());
        assertEquals("read=1 done\n", result.output());
    }

    @Test
    void usesCwdAndExactlyTheGivenEnvironment() throws IOException {
        Map<String, String> env = Map.of("PATH", TestCommands.env().get("PATH"), "GREETING", "hi there");
        ExecRequest request = new ExecRequest(
                List.of(ShellCommand.bashPath(), "-c", "pwd; echo \"$GREETING\"; echo \"${HOME-unset}\""),
                dir, env, LONG_TIMEOUT, 4096);
        ExecResult result = runner.run(request, ExecOutputListener.ignoring(), CancellationToken.none());

        String expectedDir = realPath(dir);
        assertEquals(expectedDir + "\nhi there\nunset\n", result.output());
    }

    @Test
    void keepsHeadAndTailOfHugeOutput() throws IOException {
        int limit = 64 * 1024;
        String script = "printf START; head -c 5000000 /dev/zero | tr '\\0' x; printf END";
        ExecRequest request = new ExecRequest(List.of(ShellCommand.bashPath(), "-c", script), dir,
                TestCommands.env(), LONG_TIMEOUT, limit);
        AtomicLong streamed = new AtomicLong();
        ExecResult result = runner.run(request, chunk -> streamed.addAndGet(chunk.length()), CancellationToken.none());

        assertEquals(5_000_008, result.totalBytes());
        assertEquals(5_000_008, streamed.get());
        String output = result.output();
        assertTrue(output.startsWith("STARTxxx"));
        assertTrue(output.endsWith("xxxEND"));
        assertTrue(output.contains("\n…" + (5_000_008 - limit) + " bytes truncated…\n"), output.substring(0, 40));
        assertTrue(output.length() < limit + 100);
    }

    @Test
    void listenerFailuresDoNotStopTheDrain() throws IOException {
        ExecResult result = runner.run(bash("seq 1 3", dir, LONG_TIMEOUT), chunk -> {
            throw new IllegalStateException("listener bug");
        }, CancellationToken.none());
        assertEquals("1\n2\n3\n", result.output());
    }

    @Test
    void failsToStartInAMissingDirectory() {
        ExecRequest request = bash("true", dir.resolve("missing"), LONG_TIMEOUT);
        assertThrows(IOException.class,
                () -> runner.run(request, ExecOutputListener.ignoring(), CancellationToken.none()));
    }

    @Test
    void reportsAMissingProgram() {
        ExecRequest request = new ExecRequest(List.of("no-such-program-codeloop"), dir, TestCommands.env(),
                LONG_TIMEOUT, 4096);
        if (SessionLauncher.detect().ownSession()) {
            ExecResult result = assertDoesNotThrow(
                    () -> runner.run(request, ExecOutputListener.ignoring(), CancellationToken.none()));
            assertEquals(127, result.exitCode());
            assertTrue(result.output().contains("no-such-program-codeloop"), result.output());
        } else {
            assertThrows(IOException.class,
                    () -> runner.run(request, ExecOutputListener.ignoring(), CancellationToken.none()));
        }
    }

    @Test
    void rejectsInvalidRequests() {
        assertThrows(IllegalArgumentException.class,
                () -> new ExecRequest(List.of(), dir, Map.of(), LONG_TIMEOUT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ExecRequest(List.of("true"), dir, Map.of(), java.time.Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ExecRequest(List.of("true"), dir, Map.of(), LONG_TIMEOUT, -1));
        assertFalse(new ExecRequest(List.of("true"), dir, Map.of(), LONG_TIMEOUT, 0).argv().isEmpty());
    }

    private static void touch(Path file) {
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String realPath(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
