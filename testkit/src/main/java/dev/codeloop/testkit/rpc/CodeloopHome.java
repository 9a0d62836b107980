package dev.codeloop.testkit.rpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throwaway {@code CODELOOP_HOME} for one test: a temp folder with the {@code config.toml} the test asks for.
 * {@link #close()} deletes it.
 */
public final class CodeloopHome implements AutoCloseable {

    /** The env var the scripted provider config reads its API key from; the child gets a dummy value. */
    public static final String TEST_API_KEY_ENV = "CODELOOP_TEST_API_KEY";

    private final Path dir;

    private CodeloopHome(Path dir) {
        this.dir = dir;
    }

    /** Creates a fresh home whose {@code config.toml} holds exactly {@code configToml}. */
    public static CodeloopHome create(String configToml) {
        try {
            Path dir = Files.createTempDirectory("codeloop-home-");
            Files.writeString(dir.resolve("config.toml"), configToml, StandardCharsets.UTF_8);
            return new CodeloopHome(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A config that sends every model request to a scripted Responses API server at {@code baseUrl} (e.g.
     * {@code http://127.0.0.1:PORT/v1}), with retries off so failures show at once. Append lines to add settings.
     */
    public static String scriptedProviderConfig(String baseUrl) {
        return scriptedProviderConfig(baseUrl, TEST_API_KEY_ENV, 0, 0, 300_000, "");
    }

    /**
     * The same with the provider's retry and timeout settings chosen, the API key read from {@code apiKeyEnv}, and
     * {@code topLevel} TOML lines (e.g. {@code approval_policy = "never"}) placed before the provider table.
     */
    public static String scriptedProviderConfig(String baseUrl, String apiKeyEnv, int requestMaxRetries,
                                                int streamMaxRetries, long streamIdleTimeoutMs, String topLevel) {
        return """
                model = "gpt-5.5"
                model_provider = "scripted"
                %s
                [model_providers.scripted]
                name = "scripted"
                base_url = "%s"
                env_key = "%s"
                wire_api = "responses"
                request_max_retries = %d
                stream_max_retries = %d
                stream_idle_timeout_ms = %d
                """.formatted(topLevel, baseUrl, apiKeyEnv, requestMaxRetries, streamMaxRetries, streamIdleTimeoutMs);
    }

    public Path dir() {
        return dir;
    }

    public Path configFile() {
        return dir.resolve("config.toml");
    }

    /** The environment the server needs to use this home: {@code CODELOOP_HOME} and the dummy API key. */
    /**
     * The child's environment additions: this home, the test API key, and a private, empty {@code HOME}, so the
     * commands the server runs ({@code bash -lc}) do not depend on (or write to) the machine's own dotfiles.
     */
    public Map<String, String> env() {
        Path userHome = dir.resolve("user-home");
        try {
            Files.createDirectories(userHome);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.of("CODELOOP_HOME", dir.toString(), TEST_API_KEY_ENV, "test-key", "HOME", userHome.toString());
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
