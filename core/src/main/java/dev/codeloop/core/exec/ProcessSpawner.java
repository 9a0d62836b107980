package dev.codeloop.core.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts every child process from one long-lived platform thread. Linux ties a child's parent-death signal
 * (bubblewrap's {@code --die-with-parent}) to the thread that spawned it, not to the process: a command started
 * from a pooled or virtual-thread carrier would be killed when that carrier retires. Spawning from a thread that
 * lives as long as the JVM makes "dies with the server" mean exactly that.
 */
final class ProcessSpawner {

    private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(runnable ->
            java.lang.Thread.ofPlatform().name("process-spawner").daemon().unstarted(runnable));

    private ProcessSpawner() {
    }

    static Process start(ProcessBuilder builder) throws IOException {
        Future<Process> started = SPAWNER.submit(() -> {
            try {
                return builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return started.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("could not start the process", e.getCause());
        } catch (InterruptedException e) {
            // The spawn itself is quick and cannot be abandoned half-way: wait for it, then keep the flag.
            try {
                Process process = started.get();
                java.lang.Thread.currentThread().interrupt();
                return process;
            } catch (ExecutionException | InterruptedException again) {
                java.lang.Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting the process", again);
            }
        }
    }
}
