package dev.codeloop.testkit.rpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the command that starts the Codeloop app server: {@code <project root>/bin/codeloop app-server}, where the
 * project root is the nearest directory at or above the working directory that holds {@code bin/codeloop}.
 * Another launcher can be set with the system property {@value #PROPERTY} or the env var {@value #ENV} (a path to
 * an executable; {@code app-server} is appended).
 */
public final class ServerLauncher {

    public static final String PROPERTY = "codeloop.launcher";
    public static final String ENV = "CODELOOP_LAUNCHER";
    static final Path RELATIVE_LAUNCHER = Path.of("bin", "codeloop");

    private ServerLauncher() {
    }

    /** {@code [<launcher>, "app-server"]}. */
    public static List<String> appServerCommand() {
        return List.of(launcher().toString(), "app-server");
    }

    /** The launcher executable, from the override or found by walking up from {@code user.dir}. */
    public static Path launcher() {
        return launcher(System.getProperty(PROPERTY), System.getenv(ENV), Path.of(System.getProperty("user.dir")));
    }

    static Path launcher(String property, String env, Path startDir) {
        String override = property != null && !property.isBlank() ? property : env;
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        for (Path dir = startDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE_LAUNCHER);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + RELATIVE_LAUNCHER + " found in " + startDir.toAbsolutePath()
                + " or any parent; set -D" + PROPERTY + "=<path> or " + ENV + " to choose the launcher");
    }
}
