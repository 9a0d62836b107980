package dev.codeloop.core.exec;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A script the model asked to run, as the agent runs it: {@code bash -lc <script>}, a login shell so the
 * user's profile (PATH additions, version managers) applies.
 *
 * @param shell  the shell program, normally {@link #bashPath()}
 * @param script the script text, passed as one argument
 */
public record ShellCommand(String shell, String script) {

    private static final String DEFAULT_BASH = "/bin/bash";

    public ShellCommand {
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(script, "script");
    }

    /** {@code script} under bash (see {@link #bashPath()}). */
    public static ShellCommand bash(String script) {
        return new ShellCommand(bashPath(), script);
    }

    /** The process argv: {@code [shell, "-lc", script]}. */
    public List<String> argv() {
        return List.of(shell, "-lc", script);
    }

    /** The argv as one shell-quoted line, e.g. {@code /bin/bash -lc 'ls -la && cat README.md'}. */
    public String displayString() {
        return ShellQuoting.join(argv());
    }

    /** {@code /bin/bash} if executable, else the first {@code bash} on PATH, else plain {@code bash}. */
    public static String bashPath() {
        return BashHolder.PATH;
    }

    /** Resolved once, on first use. */
    private static final class BashHolder {
        static final String PATH = resolve();

        private static String resolve() {
            if (Files.isExecutable(Path.of(DEFAULT_BASH))) {
                return DEFAULT_BASH;
            }
            String searchPath = Objects.requireNonNullElse(System.getenv("PATH"), "");
            for (String dir : searchPath.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, "bash");
                if (Files.isExecutable(candidate)) {
                    return candidate.toAbsolutePath().toString();
                }
            }
            return "bash";
        }
    }
}
