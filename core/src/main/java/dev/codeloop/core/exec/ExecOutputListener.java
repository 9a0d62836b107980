package dev.codeloop.core.exec;

/**
 * Receives a running command's output as it arrives, for live display. Called from the runner's reader
 * thread (never concurrently with itself) and never after {@link ProcessRunner#run} has returned.
 * Exceptions thrown here are logged and otherwise ignored: the output must keep draining or the child blocks.
 * Keep callbacks quick: while one runs, the pipe is not read, and {@code run} waits for it before returning.
 */
@FunctionalInterface
public interface ExecOutputListener {

    /** Called once, on the calling thread of {@code run}, right after the process started. */
    default void onStart(long pid) {
    }

    /** One read's worth of merged stdout/stderr, decoded as UTF-8; never empty. */
    void onOutput(String chunk);

    /** A listener that ignores everything. */
    static ExecOutputListener ignoring() {
        return chunk -> { };
    }
}
