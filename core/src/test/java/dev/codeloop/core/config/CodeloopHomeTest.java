package dev.codeloop.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeloopHomeTest {

    @TempDir
    Path tmp;

    @Test
    void defaultsToDotCodeloopUnderUserHome() {
        CodeloopHome home = CodeloopHome.resolve(Map.of(), tmp);

        assertEquals(tmp.resolve(".codeloop"), home.path());
        assertEquals(tmp.resolve(".codeloop").resolve("config.toml"), home.configFile());
    }

    @Test
    void envVarWinsAndIsMadeAbsolute() {
        CodeloopHome absolute = CodeloopHome.resolve(Map.of("CODELOOP_HOME", tmp.resolve("custom").toString()), Path.of("/nope"));
        CodeloopHome relative = CodeloopHome.resolve(Map.of("CODELOOP_HOME", "rel/dir"), Path.of("/nope"));

        assertEquals(tmp.resolve("custom"), absolute.path());
        assertEquals(Path.of("rel/dir").toAbsolutePath(), relative.path());
    }

    @Test
    void blankEnvVarIsIgnored() {
        assertEquals(tmp.resolve(".codeloop"), CodeloopHome.resolve(Map.of("CODELOOP_HOME", "  "), tmp).path());
    }

    @Test
    void resolvingDoesNotCreateTheDirectory() {
        CodeloopHome.resolve(Map.of(), tmp);

        assertFalse(Files.exists(tmp.resolve(".codeloop")));
    }
}
