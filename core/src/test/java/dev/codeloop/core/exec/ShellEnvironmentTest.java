package dev.codeloop.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellEnvironmentTest {

    private static final Map<String, String> BASE = Map.of(
            "PATH", "/usr/bin",
            "HOME", "/home/me",
            "OPENAI_API_KEY", "sk-1",
            "GITHUB_TOKEN", "ghp",
            "aws_secret_access_key", "s",
            "MySecretThing", "s",
            "KEYBOARD_LAYOUT", "us",
            "TERM", "xterm-256color",
            "LANG", "de_DE.UTF-8");

    @Test
    void dropsCredentialLookingNamesInAnyCase() {
        Map<String, String> env = ShellEnvironment.build(BASE, Map.of());
        assertEquals("/usr/bin", env.get("PATH"));
        assertEquals("/home/me", env.get("HOME"));
        for (String name : new String[] {"OPENAI_API_KEY", "GITHUB_TOKEN", "aws_secret_access_key",
                "MySecretThing", "KEYBOARD_LAYOUT"}) {
            assertFalse(env.containsKey(name), name);
        }
    }

    @Test
    void forcesPlainNonInteractiveOutput() {
        Map<String, String> env = ShellEnvironment.build(BASE, Map.of());
        assertEquals("1", env.get("NO_COLOR"));
        assertEquals("dumb", env.get("TERM"));
        assertEquals("cat", env.get("PAGER"));
        assertEquals("cat", env.get("GIT_PAGER"));
        assertEquals("cat", env.get("GH_PAGER"));
        assertEquals("C.UTF-8", env.get("LANG"));
        assertEquals("C.UTF-8", env.get("LC_ALL"));
        assertEquals("1", env.get("CODELOOP"));
    }

    @Test
    void configuredEntriesComeLastAndWin() {
        Map<String, String> env = ShellEnvironment.build(BASE,
                Map.of("TERM", "xterm", "MY_SERVICE_TOKEN", "explicit", "EXTRA", "x"));
        assertEquals("xterm", env.get("TERM"));
        assertEquals("explicit", env.get("MY_SERVICE_TOKEN"));
        assertEquals("x", env.get("EXTRA"));
    }

    @Test
    void resultIsSortedAndUnmodifiable() {
        Map<String, String> env = ShellEnvironment.build(BASE, Map.of());
        assertEquals(env.keySet().stream().sorted().toList(), env.keySet().stream().toList());
        assertThrows(UnsupportedOperationException.class, () -> env.put("X", "y"));
    }

    @Test
    void fromSystemNeverCarriesSecrets() {
        Map<String, String> env = ShellEnvironment.fromSystem(Map.of());
        assertTrue(env.keySet().stream().noneMatch(ShellEnvironment::looksLikeSecret));
        assertEquals("1", env.get("CODELOOP"));
    }
}
