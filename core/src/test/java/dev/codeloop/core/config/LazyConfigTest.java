package dev.codeloop.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyConfigTest {

    @TempDir
    Path tmp;

    @Test
    void loadsOnceAndRetriesAfterAFailure() throws IOException {
        CodeloopHome home = new CodeloopHome(tmp);
        Files.writeString(home.configFile(), "model = = broken\n");
        LazyConfig lazy = new LazyConfig(new ConfigLoader(home, Map.of()), ConfigOverrides.empty());

        assertThrows(ConfigException.class, lazy::get);

        Files.writeString(home.configFile(), "model = \"fixed\"\n");
        Config first = lazy.get();
        assertEquals("fixed", first.model());

        Files.writeString(home.configFile(), "model = \"edited\"\n");
        assertSame(first, lazy.get(), "a loaded config is kept");

        lazy.invalidate();
        assertEquals("edited", lazy.get().model());
    }
}
