package dev.codeloop.testkit.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLauncherTest {

    @TempDir
    Path root;

    @Test
    void findsBinCodeloopInAnAncestor() throws Exception {
        Path launcher = Files.createDirectories(root.resolve("bin")).resolve("codeloop");
        Files.writeString(launcher, "#!/bin/sh\n");
        Path deep = Files.createDirectories(root.resolve("app-server/target/surefire"));
        assertEquals(launcher, ServerLauncher.launcher(null, null, deep));
        assertEquals(launcher, ServerLauncher.launcher(null, null, root));
    }

    @Test
    void propertyWinsOverEnvWhichWinsOverSearch() {
        assertEquals(Path.of("/opt/a"), ServerLauncher.launcher("/opt/a", "/opt/b", root));
        assertEquals(Path.of("/opt/b"), ServerLauncher.launcher(null, "/opt/b", root));
        assertEquals(Path.of("/opt/b"), ServerLauncher.launcher(" ", "/opt/b", root));
    }

    @Test
    void explainsWhatToDoWhenNothingIsFound() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ServerLauncher.launcher(null, null, root));
        assertTrue(e.getMessage().contains("codeloop.launcher"), e.getMessage());
        assertTrue(e.getMessage().contains("CODELOOP_LAUNCHER"), e.getMessage());
    }
}
