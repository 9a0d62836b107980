package dev.codeloop.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final String CODEX_STYLE = """
            model = "gpt-5.5"
            model_provider = "fake"
            approval_policy = "never"
            sandbox_mode = "workspace-write"
            [sandbox_workspace_write]
            writable_roots = ["/tmp/extra"]
            network_access = true
            [model_providers.fake]
            name = "fake"
            base_url = "http://127.0.0.1:8080/v1"
            env_key = "FAKE_API_KEY"
            wire_api = "responses"
            request_max_retries = 0
            stream_max_retries = 2
            stream_idle_timeout_ms = 5000
            """;

    @TempDir
    Path tmp;

    private CodeloopHome home;

    @BeforeEach
    void setUp() {
        home = new CodeloopHome(tmp.resolve("home"));
    }

    private void writeConfig(String toml) throws IOException {
        Files.createDirectories(home.path());
        Files.writeString(home.configFile(), toml);
    }

    private Config load(String... overrides) {
        return load(Map.of(), overrides);
    }

    private Config load(Map<String, String> env, String... overrides) {
        return new ConfigLoader(home, env).load(ConfigOverrides.parse(overrides));
    }

    private ConfigException loadFails(String... overrides) {
        return assertThrows(ConfigException.class, () -> load(overrides));
    }

    @Test
    void noFileMeansDefaults() {
        Config config = load();

        assertEquals("gpt-5.5", config.model());
        assertEquals("openai", config.modelProvider());
        assertEquals("https://api.openai.com/v1", config.provider().baseUrl());
        assertEquals("OPENAI_API_KEY", config.provider().envKey());
        assertEquals(WireApi.RESPONSES, config.provider().wireApi());
        assertEquals(List.of("openai", "ollama", "lmstudio"), List.copyOf(config.providers().keySet()));
        assertEquals(ApprovalPolicy.ON_REQUEST, config.approvalPolicy());
        assertEquals(SandboxMode.READ_ONLY, config.sandboxMode());
        assertEquals(SandboxWorkspaceWrite.DEFAULT, config.sandboxWorkspaceWrite());
        assertNull(config.reasoningEffort());
        assertNull(config.reasoningSummary());
        assertNull(config.verbosity());
        assertNull(config.modelContextWindow());
        assertNull(config.developerInstructions());
        assertNull(config.modelInstructionsFile());
        assertNull(config.toolOutputTokenLimit());
        assertNull(config.profile());
        assertEquals(Map.of(), config.shellEnvironmentPolicy().set());
        assertEquals(Config.DEFAULT_PROJECT_DOC_MAX_BYTES, config.projectDocMaxBytes());
        assertEquals(config, Config.defaults(home, Map.of()));
        assertFalse(Files.exists(home.path()), "loading must not create the home directory");
    }

    @Test
    void builtInLocalProvidersUseChatWithoutKeys() {
        Config config = load();

        ModelProviderInfo ollama = config.providers().get("ollama");
        assertEquals("http://localhost:11434/v1", ollama.baseUrl());
        assertEquals(WireApi.CHAT, ollama.wireApi());
        assertNull(ollama.envKey());
        assertEquals("http://localhost:1234/v1", config.providers().get("lmstudio").baseUrl());
    }

    @Test
    void codexStyleConfigWithCustomProviderResolves() throws IOException {
        writeConfig(CODEX_STYLE);

        Config config = load();

        assertEquals("fake", config.modelProvider());
        ModelProviderInfo fake = config.provider();
        assertEquals("fake", fake.name());
        assertEquals("http://127.0.0.1:8080/v1", fake.baseUrl());
        assertEquals("FAKE_API_KEY", fake.envKey());
        assertEquals(WireApi.RESPONSES, fake.wireApi());
        assertEquals(0, fake.requestMaxRetries());
        assertEquals(2, fake.streamMaxRetries());
        assertEquals(Duration.ofMillis(5000), fake.streamIdleTimeout());
        assertFalse(fake.requiresOpenaiAuth());
        assertEquals(ApprovalPolicy.NEVER, config.approvalPolicy());
        assertEquals(SandboxMode.WORKSPACE_WRITE, config.sandboxMode());
        assertEquals(new SandboxWorkspaceWrite(List.of(Path.of("/tmp/extra")), true, false, false), config.sandboxWorkspaceWrite());
        assertTrue(config.providers().containsKey("openai"), "built-ins stay available");
        assertEquals(java.util.Optional.of("k"), fake.apiKey(Map.of("FAKE_API_KEY", "k")));
    }

    @Test
    void allScalarKeysAreRead() throws IOException {
        writeConfig("""
                model_reasoning_effort = "xhigh"
                model_reasoning_summary = "concise"
                model_verbosity = "low"
                model_context_window = 272000
                model_auto_compact_token_limit = 200000
                developer_instructions = "Be terse."
                compact_prompt = "Summarise."
                tool_output_token_limit = 10000
                project_doc_max_bytes = 0
                project_doc_fallback_filenames = ["CLAUDE.md"]
                [shell_environment_policy]
                inherit = "core"
                set = { PAGER = "cat", CI = "1" }
                """);

        Config config = load();

        assertEquals(ReasoningEffort.XHIGH, config.reasoningEffort());
        assertEquals(ReasoningSummary.CONCISE, config.reasoningSummary());
        assertEquals(Verbosity.LOW, config.verbosity());
        assertEquals(272000L, config.modelContextWindow());
        assertEquals(200000L, config.modelAutoCompactTokenLimit());
        assertEquals("Be terse.", config.developerInstructions());
        assertEquals("Summarise.", config.compactPrompt());
        assertEquals(10000, config.toolOutputTokenLimit());
        assertEquals(0L, config.projectDocMaxBytes());
        assertEquals(List.of("CLAUDE.md"), config.projectDocFallbackFilenames());
        assertEquals(List.of("PAGER", "CI"), List.copyOf(config.shellEnvironmentPolicy().set().keySet()));
    }

    @Test
    void profileKeysOverrideTopLevelOnes() throws IOException {
        writeConfig("""
                model = "top"
                approval_policy = "never"
                profile = "deep"
                [profiles.deep]
                model = "deep-model"
                model_reasoning_effort = "high"
                [profiles.fast]
                model = "fast-model"
                """);

        Config fromFile = load();
        assertEquals("deep", fromFile.profile());
        assertEquals("deep-model", fromFile.model());
        assertEquals(ReasoningEffort.HIGH, fromFile.reasoningEffort());
        assertEquals(ApprovalPolicy.NEVER, fromFile.approvalPolicy(), "keys the profile leaves out keep top-level values");

        Config fromOverride = load("profile=fast");
        assertEquals("fast", fromOverride.profile());
        assertEquals("fast-model", fromOverride.model());
        assertNull(fromOverride.reasoningEffort());
    }

    @Test
    void overridesBeatTheProfile() throws IOException {
        writeConfig("""
                profile = "deep"
                [profiles.deep]
                model = "deep-model"
                """);

        assertEquals("typed", load("model=typed").model());
        assertEquals("via-profile", load("profiles.deep.model=via-profile").model());
    }

    @Test
    void unknownProfileIsAnError() throws IOException {
        writeConfig("model = \"m\"\n");

        ConfigException error = loadFails("profile=nope");

        assertTrue(error.getMessage().contains("profile `nope` is not defined"), error.getMessage());
        assertTrue(error.getMessage().contains("-c override profile"), error.getMessage());
    }

    @Test
    void overridesBeatFileValuesWithTypedValues() throws IOException {
        writeConfig(CODEX_STYLE.replace("request_max_retries = 0", "request_max_retries = 3"));

        Config config = load("model_providers.fake.request_max_retries=0", "sandbox_workspace_write.network_access=false",
                "approval_policy=untrusted", "approval_policy=on-failure");

        assertEquals(0, config.provider().requestMaxRetries());
        assertEquals(2, config.provider().streamMaxRetries(), "sibling keys of an override are kept");
        assertFalse(config.sandboxWorkspaceWrite().networkAccess());
        assertEquals(ApprovalPolicy.ON_FAILURE, config.approvalPolicy(), "the later override wins");
    }

    @Test
    void rawStringOverrideAndProviderDefinedEntirelyByOverrides() {
        Config config = load("model=gpt-5.5-mini", "model_provider=local",
                "model_providers.local.base_url=http://localhost:9000/v1", "model_providers.local.wire_api=chat");

        assertEquals("gpt-5.5-mini", config.model());
        assertEquals("local", config.provider().name(), "name defaults to the id");
        assertEquals("http://localhost:9000/v1", config.provider().baseUrl());
        assertEquals(WireApi.CHAT, config.provider().wireApi());
        assertNull(config.provider().envKey());
        assertEquals(ModelProviderInfo.DEFAULT_REQUEST_MAX_RETRIES, config.provider().requestMaxRetries());
    }

    @Test
    void invalidTomlReportsFileLineAndColumn() throws IOException {
        writeConfig("model = \"m\"\napproval_policy = = \"never\"\n");

        String message = loadFails().getMessage();

        assertTrue(message.contains(home.configFile().toString()), message);
        assertTrue(message.contains("line 2, column 19"), message);
        assertTrue(message.contains("expected a value"), message);
    }

    @Test
    void wrongTypeNamesTheKeyTheExpectedTypeAndTheSource() throws IOException {
        writeConfig(CODEX_STYLE.replace("request_max_retries = 0", "request_max_retries = \"x\""));

        String message = loadFails().getMessage();

        assertTrue(message.contains("`model_providers.fake.request_max_retries`"), message);
        assertTrue(message.contains("must be an integer, but is a string (\"x\")"), message);
        assertTrue(message.contains("in " + home.configFile()), message);
    }

    @Test
    void wrongTypeFromAnOverrideBlamesTheOverride() {
        String message = loadFails("model_context_window=big").getMessage();

        assertTrue(message.contains("`model_context_window` must be an integer"), message);
        assertTrue(message.contains("from -c override model_context_window"), message);
    }

    @Test
    void invalidEnumValueListsAllowedValues() throws IOException {
        writeConfig("approval_policy = \"sometimes\"\n");

        String message = loadFails().getMessage();

        assertTrue(message.contains("`approval_policy` has unknown value \"sometimes\""), message);
        assertTrue(message.contains("expected one of: untrusted, on-failure, on-request, never"), message);
    }

    @Test
    void everyKnownEnumIsValidated() {
        assertTrue(loadFails("sandbox_mode=yolo").getMessage().contains("read-only, workspace-write, danger-full-access"));
        assertTrue(loadFails("model_reasoning_effort=max").getMessage().contains("none, minimal, low, medium, high, xhigh"));
        assertTrue(loadFails("model_reasoning_summary=long").getMessage().contains("auto, concise, detailed, none"));
        assertTrue(loadFails("model_verbosity=loud").getMessage().contains("low, medium, high"));
        assertTrue(loadFails("model_providers.x.base_url=http://x", "model_providers.x.wire_api=grpc")
                .getMessage().contains("`model_providers.x.wire_api` has unknown value \"grpc\"; expected one of: responses, chat"));
    }

    @Test
    void valuesOutOfRangeAreRejected() {
        assertTrue(loadFails("model_providers.x.base_url=http://x", "model_providers.x.request_max_retries=-1")
                .getMessage().contains("must be a non-negative integer"));
        assertTrue(loadFails("model_providers.x.base_url=http://x", "model_providers.x.stream_idle_timeout_ms=0")
                .getMessage().contains("must be a positive integer"));
        assertTrue(loadFails("model=\"\"").getMessage().contains("`model` must not be empty"));
    }

    @Test
    void customProviderNeedsABaseUrl() {
        String message = loadFails("model_providers.x.name=X").getMessage();

        assertTrue(message.contains("`model_providers.x.base_url` is required"), message);
    }

    @Test
    void unknownModelProviderListsKnownOnes() {
        String message = loadFails("model_provider=nope").getMessage();

        assertTrue(message.contains("\"nope\", which is not a known provider"), message);
        assertTrue(message.contains("openai, ollama, lmstudio"), message);
    }

    @Test
    void retriesAboveTheCapAreCapped() {
        Config config = load("model_providers.ollama.request_max_retries=1000");

        assertEquals(100, config.providers().get("ollama").requestMaxRetries());
    }

    @Test
    void redefiningABuiltInReplacesOnlyTheKeysGiven() {
        Config config = load("model_providers.openai.request_max_retries=9");

        ModelProviderInfo openai = config.provider();
        assertEquals(9, openai.requestMaxRetries());
        assertEquals("https://api.openai.com/v1", openai.baseUrl());
        assertEquals("OPENAI_API_KEY", openai.envKey());
        assertTrue(openai.requiresOpenaiAuth());
    }

    @Test
    void openaiBaseUrlComesFromConfigThenEnv() {
        Map<String, String> env = Map.of("OPENAI_BASE_URL", "http://proxy.env/v1");

        assertEquals("http://proxy.env/v1", load(env).provider().baseUrl());
        assertEquals("http://proxy.cfg/v1", load(env, "openai_base_url=http://proxy.cfg/v1").provider().baseUrl());
    }

    @Test
    void missingApiKeyForConfiguredProvider() throws IOException {
        writeConfig(CODEX_STYLE.replace("wire_api", "env_key_instructions = \"Run fake-cli token.\"\nwire_api"));
        ModelProviderInfo provider = load().provider();

        assertTrue(provider.apiKey(Map.of()).isEmpty());
        assertEquals("Missing environment variable: FAKE_API_KEY (the API key for model provider 'fake' (fake)). "
                + "Run fake-cli token.", provider.missingApiKey().getMessage());
    }

    @Test
    void headersFromEnv() throws IOException {
        writeConfig(CODEX_STYLE + """
                http_headers = { "X-Static" = "s" }
                env_http_headers = { "X-Team" = "FAKE_TEAM", "X-Unset" = "FAKE_UNSET" }
                query_params = { "api-version" = "2025-01-01" }
                """);
        ModelProviderInfo provider = load().provider();

        assertEquals(Map.of("X-Static", "s", "X-Team", "blue"), provider.resolvedHeaders(Map.of("FAKE_TEAM", "blue")));
        assertEquals(Map.of("api-version", "2025-01-01"), provider.queryParams());
    }

    @Test
    void relativePathsResolveAgainstTheConfigDirectory() throws IOException {
        writeConfig("""
                model_instructions_file = "prompts/base.md"
                [sandbox_workspace_write]
                writable_roots = ["../shared", "/abs"]
                """);

        Config config = load();

        assertEquals(home.path().resolve("prompts/base.md"), config.modelInstructionsFile());
        assertEquals(List.of(tmp.resolve("shared"), Path.of("/abs")), config.sandboxWorkspaceWrite().writableRoots());
    }

    @Test
    void unknownKeysAreIgnored() throws IOException {
        writeConfig("""
                model = "m"
                review_model = "r"
                hide_agent_reasoning = true
                [mcp_servers.docs]
                command = "docs-mcp"
                [features]
                web_search = true
                [projects."/home/me/repo"]
                trust_level = "trusted"
                [model_providers.fake]
                base_url = "http://x/v1"
                supports_websockets = false
                """);

        Config config = load();

        assertEquals("m", config.model());
        assertTrue(config.providers().containsKey("fake"));
    }

    @Test
    void describeIsSafeForLogs() throws IOException {
        writeConfig(CODEX_STYLE + """
                experimental_bearer_token = "tok-very-secret"
                http_headers = { Authorization = "Bearer hdr-secret" }
                [shell_environment_policy]
                set = { GITHUB_TOKEN = "gh-secret" }
                """);

        String text = load().toString();

        assertTrue(text.contains("model=gpt-5.5") && text.contains("approval_policy=never"), text);
        assertFalse(text.contains("tok-very-secret") || text.contains("hdr-secret") || text.contains("gh-secret"), text);
    }
}
