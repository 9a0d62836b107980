package dev.codeloop.core.exec;

import java.time.Duration;

/**
 * The outcome of one {@link ProcessRunner#run} call.
 *
 * @param exitCode    the process's exit code; {@link ProcessRunner#TIMEOUT_EXIT_CODE} when timed out,
 *                    {@link ProcessRunner#CANCELLED_EXIT_CODE} when cancelled; 128+N when killed by signal N
 * @param output      stdout and stderr merged in arrival order, decoded as UTF-8; if more than the capture
 *                    limit was printed, the head and tail joined by a {@code …N bytes truncated…} line
 * @param duration    wall time from start until the main process ended (exited, or was killed)
 * @param termination why the run ended
 * @param totalBytes  every byte the command printed, including any the capture dropped
 * @param pid         the started process's id, or -1 if the token was cancelled before anything started
 */
public record ExecResult(int exitCode, String output, Duration duration, Termination termination, long totalBytes,
        long pid) {
}
