package dev.codeloop.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelProviderInfoTest {

    private static ModelProviderInfo provider(String envKey, String instructions, String bearer) {
        return new ModelProviderInfo("acme", "Acme AI", "https://user:pw@acme.test/v1", envKey, instructions, WireApi.RESPONSES,
                Map.of("api-version", "2025"), Map.of("X-Static", "static-secret"),
                Map.of("X-Org", "ACME_ORG", "X-Missing", "ACME_UNSET"), 4, 5, Duration.ofSeconds(300), bearer, false);
    }

    @Test
    void apiKeyComesFromEnvKeyAndBlankCountsAsMissing() {
        ModelProviderInfo acme = provider("ACME_KEY", null, null);

        assertEquals(Optional.of("k-123"), acme.apiKey(Map.of("ACME_KEY", "k-123")));
        assertEquals(Optional.empty(), acme.apiKey(Map.of("ACME_KEY", " ")));
        assertEquals(Optional.empty(), acme.apiKey(Map.of()));
    }

    @Test
    void bearerTokenWinsOverEnvKey() {
        assertEquals(Optional.of("tok"), provider("ACME_KEY", null, "tok").apiKey(Map.of("ACME_KEY", "k-123")));
    }

    @Test
    void missingApiKeyNamesTheVariableTheProviderAndTheInstructions() {
        String message = provider("ACME_KEY", "Get one at https://acme.test/keys.", null).missingApiKey().getMessage();

        assertTrue(message.startsWith("Missing environment variable: ACME_KEY"), message);
        assertTrue(message.contains("'acme' (Acme AI)"), message);
        assertTrue(message.endsWith("Get one at https://acme.test/keys."), message);
    }

    @Test
    void missingApiKeyWithoutEnvKeySaysWhatToConfigure() {
        String message = provider(null, null, null).missingApiKey().getMessage();

        assertTrue(message.contains("[model_providers.acme]"), message);
        assertTrue(message.contains("env_key"), message);
    }

    @Test
    void resolvedHeadersAddEnvHeadersOnlyWhenSet() {
        Map<String, String> headers = provider("ACME_KEY", null, null).resolvedHeaders(Map.of("ACME_ORG", "org-1"));

        assertEquals(Map.of("X-Static", "static-secret", "X-Org", "org-1"), headers);
    }

    @Test
    void retriesAreCappedAtOneHundred() {
        ModelProviderInfo generous = new ModelProviderInfo("p", "p", "http://x", null, null, WireApi.CHAT,
                Map.of(), Map.of(), Map.of(), 1000, 101, Duration.ofMillis(1), null, false);

        assertEquals(100, generous.requestMaxRetries());
        assertEquals(100, generous.streamMaxRetries());
    }

    @Test
    void describeNeverShowsSecrets() {
        String text = provider("ACME_KEY", null, "tok-secret").toString();

        assertFalse(text.contains("tok-secret"), text);
        assertFalse(text.contains("static-secret"), text);
        assertFalse(text.contains("pw@"), text);
        assertTrue(text.contains("X-Static") && text.contains("bearer_token=set"), text);
    }
}
