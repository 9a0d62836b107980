package dev.codeloop.core.exec;

import dev.codeloop.core.concurrent.CancellationToken;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command as a real process, to completion, streaming its output.
 *
 * <ul>
 *   <li>stdin is /dev/null, so a command that reads input sees EOF instead of hanging.</li>
 *   <li>stdout and stderr share one pipe, so they interleave as a terminal would show them.</li>
 *   <li>On Linux the child leads its own session (see {@link SessionLauncher}); elsewhere it runs as is.</li>
 *   <li>Timeout: the whole process tree is killed; exit code {@value #TIMEOUT_EXIT_CODE} (as coreutils
 *       {@code timeout}), {@link Termination#TIMED_OUT}.</li>
 *   <li>Cancel (before or during): the tree is killed at once; exit code {@value #CANCELLED_EXIT_CODE}
 *       (128+SIGINT, what a shell reports after Ctrl-C), {@link Termination#CANCELLED}. If the token is
 *       already cancelled nothing is started and the result's pid is -1.</li>
 *   <li>After a kill, {@code run} returns once the killed processes are dead (see {@link ProcessTree}).</li>
 *   <li>Once the main process has ended, output is drained until end-of-file or until no byte has arrived
 *       for the drain grace period. A command that exits normally leaving a background process that still
 *       holds the pipe ({@code sleep 30 & echo hi}) therefore returns after at most the grace period
 *       (often at once: the JDK ends the stream when the main process exits if the reader is not blocked
 *       in a read at that moment). That background process is left running (it may be a server the user
 *       meant to start), but what it prints from then on is not captured, and once our end of the pipe is
 *       closed its writes fail with SIGPIPE: background jobs should redirect their output.</li>
 *   <li>Where setsid is used, the program in {@code argv[0]} is looked up on the child's PATH and a missing
 *       one is exit code 127 with setsid's message as output; without setsid the JVM's PATH is used and a
 *       missing program is an {@link IOException}. {@link ShellCommand} passes an absolute bash path.</li>
 * </ul>
 */
public final class ProcessRunner {

    public static final int TIMEOUT_EXIT_CODE = 124;
    public static final int CANCELLED_EXIT_CODE = 130;
    public static final Duration DEFAULT_DRAIN_GRACE = Duration.ofMillis(250);

    private static final Logger log = LoggerFactory.getLogger(ProcessRunner.class);
    /** SIGKILL cannot be ignored; this only bounds a process stuck in uninterruptible I/O. */
    private static final Duration REAP_WAIT = Duration.ofSeconds(2);
    private static final File DEV_NULL = new File("/dev/null");

    private final SessionLauncher launcher;
    private final Duration drainGrace;

    public ProcessRunner() {
        this(DEFAULT_DRAIN_GRACE);
    }

    /** @param drainGrace how long output may stay silent after the main process ended before giving up on it */
    public ProcessRunner(Duration drainGrace) {
        this(SessionLauncher.detect(), drainGrace);
    }

    ProcessRunner(SessionLauncher launcher, Duration drainGrace) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.drainGrace = Objects.requireNonNull(drainGrace, "drainGrace");
    }

    /**
     * Runs {@code req} and waits for it, its timeout, or {@code cancel}. Interrupting the calling thread
     * counts as a cancel (the tree is killed and the interrupt flag is restored).
     *
     * @throws IOException if the process cannot be started (a missing cwd; a missing program where setsid
     *                     is not used)
     */
    public ExecResult run(ExecRequest req, ExecOutputListener listener, CancellationToken cancel) throws IOException {
        Objects.requireNonNull(listener, "listener");
        if (cancel.isCancelled()) {
            return new ExecResult(CANCELLED_EXIT_CODE, "", Duration.ZERO, Termination.CANCELLED, 0, -1);
        }
        long startNanos = System.nanoTime();
        Process process = start(req);
        notifyStart(listener, process.pid());

        ProcessTree tree = new ProcessTree(process.toHandle(), launcher.ownSession());
        HeadTailBuffer capture = new HeadTailBuffer(req.captureLimitBytes());
        OutputPump pump = new OutputPump(process.getInputStream(), capture, listener);
        pump.start("codeloop-exec-output-" + process.pid());

        AtomicBoolean cancelRequested = new AtomicBoolean();
        CancellationToken.Registration registration = cancel.onCancel(() -> {
            cancelRequested.set(true);
            tree.killAll();
        });
        Termination termination;
        long endNanos;
        boolean interrupted = false;
        try {
            boolean exited;
            try {
                exited = process.waitFor(req.timeout().toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
                cancelRequested.set(true);
                exited = true; // treated as a cancel below
            }
            endNanos = System.nanoTime();
            termination = !exited ? Termination.TIMED_OUT
                    : cancelRequested.get() ? Termination.CANCELLED
                    : Termination.EXITED;
            if (termination != Termination.EXITED) {
                tree.killAll();
                interrupted |= awaitQuietly(() -> process.waitFor(REAP_WAIT.toNanos(), TimeUnit.NANOSECONDS));
            }
            interrupted |= awaitQuietly(() -> {
                pump.awaitEnd(drainGrace);
                return true;
            });
        } finally {
            registration.close();
            pump.detach();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }

        int exitCode = switch (termination) {
            case EXITED -> process.exitValue();
            case TIMED_OUT -> TIMEOUT_EXIT_CODE;
            case CANCELLED -> CANCELLED_EXIT_CODE;
        };
        return new ExecResult(exitCode, capture.text(), Duration.ofNanos(endNanos - startNanos), termination,
                capture.totalBytes(), process.pid());
    }

    private Process start(ExecRequest req) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launcher.wrap(req.argv()))
                .directory(req.cwd().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(req.env());
        return ProcessSpawner.start(builder);
    }

    private static void notifyStart(ExecOutputListener listener, long pid) {
        try {
            listener.onStart(pid);
        } catch (RuntimeException e) {
            log.warn("exec output listener failed in onStart", e);
        }
    }

    private interface Wait {
        boolean await() throws InterruptedException;
    }

    /**
     * Runs a bounded wait that must finish even if the thread was interrupted (the tree is already dead or
     * dying, so it is short); returns whether an interrupt had to be swallowed and restored later.
     */
    private static boolean awaitQuietly(Wait wait) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                wait.await();
                return interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }
}
