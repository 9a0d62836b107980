package dev.codeloop.core.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One command to run to completion.
 *
 * @param argv              program and arguments; {@code argv.get(0)} is the program
 * @param cwd               working directory of the child
 * @param env               the child's complete environment: the inherited one is cleared first
 * @param timeout           wall-clock limit; when it elapses the whole process tree is killed
 * @param captureLimitBytes how many bytes of output {@link ExecResult#output()} keeps (half head, half tail)
 */
public record ExecRequest(List<String> argv, Path cwd, Map<String, String> env, Duration timeout, int captureLimitBytes) {

    public ExecRequest {
        argv = List.copyOf(Objects.requireNonNull(argv, "argv"));
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must name a program");
        }
        Objects.requireNonNull(cwd, "cwd");
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (captureLimitBytes < 0) {
            throw new IllegalArgumentException("captureLimitBytes must not be negative: " + captureLimitBytes);
        }
    }
}
