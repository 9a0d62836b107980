package dev.codeloop.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigOverridesTest {

    @Test
    void valuesAreParsedAsToml() {
        assertEquals(true, ConfigOverrides.parseOne("sandbox_workspace_write.network_access=true").value());
        assertEquals(42L, ConfigOverrides.parseOne("model_context_window=42").value());
        assertEquals("quoted", ConfigOverrides.parseOne("model=\"quoted\"").value());
        assertEquals(List.of("a", "b"), ConfigOverrides.parseOne("x=['a','b']").value());
        assertEquals(Map.of("k", "v"), ConfigOverrides.parseOne("x={ k = \"v\" }").value());
    }

    @Test
    void nonTomlValuesFallBackToRawStrings() {
        assertEquals("gpt-5.5", ConfigOverrides.parseOne("model=gpt-5.5").value());
        assertEquals("hello world", ConfigOverrides.parseOne("developer_instructions= hello world ").value());
        assertEquals("a=b", ConfigOverrides.parseOne("k=a=b").value());
        assertEquals("", ConfigOverrides.parseOne("model=").value());
    }

    @Test
    void keysAreDottedPaths() {
        ConfigOverrides.Override override = ConfigOverrides.parseOne("model_providers.local.base_url=http://x/v1");
        assertEquals(List.of("model_providers", "local", "base_url"), override.path());
        assertEquals("http://x/v1", override.value());
        assertEquals(List.of("projects", "/my/repo", "trust_level"),
                ConfigOverrides.parseOne("projects.\"/my/repo\".trust_level=trusted").path());
    }

    @Test
    void badSyntaxIsRejectedWithAClearMessage() {
        ConfigException noEquals = assertThrows(ConfigException.class, () -> ConfigOverrides.parse("model"));
        assertTrue(noEquals.getMessage().contains("expected key=value"), noEquals.getMessage());

        ConfigException emptyKey = assertThrows(ConfigException.class, () -> ConfigOverrides.parse(" =x"));
        assertTrue(emptyKey.getMessage().contains("key before '=' is empty"), emptyKey.getMessage());

        ConfigException badKey = assertThrows(ConfigException.class, () -> ConfigOverrides.parse("a..b=1"));
        assertTrue(badKey.getMessage().contains("not a valid dotted key"), badKey.getMessage());
    }

    @Test
    void typedOverridesAreNormalisedAndAppendAfterParsedOnes() {
        ConfigOverrides overrides = ConfigOverrides.parse("model=a").with("model_context_window", 1000).with("model", "b");

        assertEquals(List.of("model", "model_context_window", "model"),
                overrides.entries().stream().map(ConfigOverrides.Override::key).toList());
        assertEquals(1000L, overrides.entries().get(1).value());
        assertFalse(overrides.isEmpty());
        assertTrue(ConfigOverrides.empty().isEmpty());
    }

    @Test
    void toStringShowsKeysButNotValues() {
        String text = ConfigOverrides.parse("model_providers.x.experimental_bearer_token=sk-secret").toString();

        assertTrue(text.contains("experimental_bearer_token"), text);
        assertFalse(text.contains("sk-secret"), text);
    }
}
