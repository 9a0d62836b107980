package dev.codeloop.testkit.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CodeloopHomeTest {

    @Test
    void writesConfigAndEnvAndCleansUp() throws Exception {
        String config = CodeloopHome.scriptedProviderConfig("http://127.0.0.1:4242/v1")
                + "approval_policy = \"never\"\n";
        Path dir;
        try (CodeloopHome home = CodeloopHome.create(config)) {
            dir = home.dir();
            assertEquals(config, Files.readString(home.configFile()));
            assertEquals(dir.toString(), home.env().get("CODELOOP_HOME"));
            assertEquals("test-key", home.env().get("CODELOOP_TEST_API_KEY"));
            Files.createDirectories(dir.resolve("sessions/2026"));
            Files.writeString(dir.resolve("sessions/2026/rollout.jsonl"), "{}\n");
        }
        assertFalse(Files.exists(dir));
    }

    @Test
    void scriptedProviderConfigPointsAtTheBaseUrl() {
        String config = CodeloopHome.scriptedProviderConfig("http://127.0.0.1:4242/v1");
        assertEquals("""
                model = "gpt-5.5"
                model_provider = "scripted"

                [model_providers.scripted]
                name = "scripted"
                base_url = "http://127.0.0.1:4242/v1"
                env_key = "CODELOOP_TEST_API_KEY"
                wire_api = "responses"
                request_max_retries = 0
                stream_max_retries = 0
                stream_idle_timeout_ms = 300000
                """, config);
        assertTrue(config.endsWith("\n"), "callers append lines");
    }
}
