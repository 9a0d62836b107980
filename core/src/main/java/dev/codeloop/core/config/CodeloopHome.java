package dev.codeloop.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The directory holding Codeloop's config and data: {@code $CODELOOP_HOME} when set, else
 * {@code ~/.codeloop}. Resolution only computes the path; creating the directory is left to
 * whoever first writes into it, so merely reading config never touches the file system.
 */
public record CodeloopHome(Path path) {

    public static final String ENV_VAR = "CODELOOP_HOME";
    public static final String DEFAULT_DIR_NAME = ".codeloop";
    public static final String CONFIG_FILE_NAME = "config.toml";

    public CodeloopHome {
        Objects.requireNonNull(path, "path");
        path = path.toAbsolutePath().normalize();
    }

    /** Resolves from the given environment and user home, so tests need not touch the real ones. */
    public static CodeloopHome resolve(Map<String, String> env, Path userHome) {
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new CodeloopHome(Path.of(fromEnv.strip()));
        }
        Objects.requireNonNull(userHome, "userHome");
        return new CodeloopHome(userHome.resolve(DEFAULT_DIR_NAME));
    }

    /** Resolves for this process, from {@link System#getenv()} and the {@code user.home} property. */
    public static CodeloopHome fromEnvironment() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path configFile() {
        return path.resolve(CONFIG_FILE_NAME);
    }
}
