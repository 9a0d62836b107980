package dev.codeloop.core.thread;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.config.CodeloopHome;
import dev.codeloop.core.config.Config;
import dev.codeloop.core.config.ConfigLoader;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.core.model.ModelClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparing a model client before the first turn: only where it is cheap to keep. */
class ConfiguredTurnServicesTest {

    private static final String CONFIG = """
            model = "gpt-5.5"
            model_provider = "local"
            [model_providers.local]
            name = "local"
            base_url = "http://127.0.0.1:11434/v1"
            env_key = "LOCAL_KEY"
            [model_providers.remote]
            name = "remote"
            base_url = "https://models.example.com/v1"
            env_key = "REMOTE_KEY"
            [model_providers.keyless]
            name = "keyless"
            base_url = "http://127.0.0.1:8000/v1"
            env_key = "NOT_SET_KEY"
            """;

    @TempDir
    Path tmp;

    private ConfiguredTurnServices services(Map<String, String> env) throws Exception {
        Files.writeString(tmp.resolve(CodeloopHome.CONFIG_FILE_NAME), CONFIG);
        Config config = new ConfigLoader(new CodeloopHome(tmp), env).load(ConfigOverrides.empty());
        return new ConfiguredTurnServices(config, env, "codeloop-test/0");
    }

    @Test
    void aPlainHttpProvidersClientIsPreparedAndIsTheOneItsTurnsUse() throws Exception {
        ConfiguredTurnServices services = services(Map.of("LOCAL_KEY", "k", "REMOTE_KEY", "k"));

        ModelClient prepared = services.prepareClient("local").orElseThrow();

        ThreadSettings settings = new ThreadSettings("gpt-5.5", "local", tmp, null, null, null, null, null, null, null);
        assertSame(prepared, services.modelClient(settings));
    }

    @Test
    void httpsProvidersAndProvidersWithoutTheirKeyWaitForTheirTurn() throws Exception {
        ConfiguredTurnServices services = services(Map.of("LOCAL_KEY", "k", "REMOTE_KEY", "k"));

        assertTrue(services.prepareClient("remote").isEmpty());
        assertTrue(services.prepareClient("keyless").isEmpty());
        assertTrue(services.prepareClient("no-such-provider").isEmpty());
    }
}
