package dev.codeloop.core.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** The providers available without any {@code [model_providers]} table. */
public final class BuiltInProviders {

    public static final String OPENAI = "openai";
    public static final String OLLAMA = "ollama";
    public static final String LMSTUDIO = "lmstudio";
    public static final String DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
    /** Env var that, like Codex, redirects the built-in OpenAI provider (e.g. to a proxy). */
    public static final String OPENAI_BASE_URL_ENV = "OPENAI_BASE_URL";

    private BuiltInProviders() {
    }

    /** All built-ins, keyed by id, with the OpenAI provider pointing at {@code openaiBaseUrl}. */
    public static Map<String, ModelProviderInfo> all(String openaiBaseUrl) {
        Map<String, ModelProviderInfo> providers = new LinkedHashMap<>();
        providers.put(OPENAI, openai(openaiBaseUrl));
        providers.put(OLLAMA, local(OLLAMA, "Ollama", 11434));
        providers.put(LMSTUDIO, local(LMSTUDIO, "LM Studio", 1234));
        return providers;
    }

    public static ModelProviderInfo openai(String baseUrl) {
        // Organization and project headers are optional; they are sent only when the variables are set.
        Map<String, String> envHeaders = new LinkedHashMap<>();
        envHeaders.put("OpenAI-Organization", "OPENAI_ORGANIZATION");
        envHeaders.put("OpenAI-Project", "OPENAI_PROJECT");
        return new ModelProviderInfo(OPENAI, "OpenAI", baseUrl, "OPENAI_API_KEY",
                "Create an API key at https://platform.openai.com/api-keys and export it as OPENAI_API_KEY.",
                WireApi.RESPONSES, Map.of(), Map.of(), envHeaders,
                ModelProviderInfo.DEFAULT_REQUEST_MAX_RETRIES, ModelProviderInfo.DEFAULT_STREAM_MAX_RETRIES,
                ModelProviderInfo.DEFAULT_STREAM_IDLE_TIMEOUT, null, true);
    }

    private static ModelProviderInfo local(String id, String name, int port) {
        return new ModelProviderInfo(id, name, "http://localhost:" + port + "/v1", null, null, WireApi.CHAT,
                Map.of(), Map.of(), Map.of(),
                ModelProviderInfo.DEFAULT_REQUEST_MAX_RETRIES, ModelProviderInfo.DEFAULT_STREAM_MAX_RETRIES,
                ModelProviderInfo.DEFAULT_STREAM_IDLE_TIMEOUT, null, false);
    }
}
