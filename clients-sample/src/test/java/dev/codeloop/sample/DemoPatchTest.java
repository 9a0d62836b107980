package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's patch against the demo's files, without the server: it must apply, and what the scripted answer
 * claims about the result (3 tests, OK; {@code --shout} prints capitals) must hold.
 */
class DemoPatchTest {

    @TempDir
    Path workspace;

    @Test
    void thePatchDoesTheReadmesTodo() {
        Map<String, String> patched = UpdatePatch.apply(DemoPatch.TEXT, DemoWorkspace.FILES);

        assertEquals(DemoWorkspace.FILES.keySet(), patched.keySet());
        assertTrue(patched.get("src/hello.py").contains("def greet(name: str, shout: bool = False) -> str:"));
        assertFalse(patched.get("src/hello.py").contains("TODO"));
        assertTrue(patched.get("tests/test_hello.py").contains("def test_main_shout_option(self):"));
        assertTrue(patched.get("README.md").contains("python3 src/hello.py --shout Ada    # prints: HELLO, ADA!\n"));
        assertFalse(patched.get("README.md").contains("TODO"));
    }

    @Test
    void thePatchedProjectBehavesAsTheAnswerSays() throws Exception {
        assumeTrue(Python3.version().isPresent(), "python3 is not installed");
        for (Map.Entry<String, String> file : UpdatePatch.apply(DemoPatch.TEXT, DemoWorkspace.FILES).entrySet()) {
            Path path = workspace.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }

        ServerJars.Run tests = run("bash", "-lc", DemoScript.TEST_COMMAND);
        ServerJars.Run shout = run("bash", "-lc", "python3 src/hello.py --shout Ada");

        assertEquals(0, tests.exitCode(), tests.output());
        assertTrue(tests.output().contains("Ran 3 tests"), tests.output());
        assertTrue(tests.output().strip().endsWith("OK"), tests.output());
        assertTrue(DemoScript.ANSWER.endsWith("ran all 3 tests: OK."));
        assertEquals("HELLO, ADA!\n", shout.output());
    }

    private ServerJars.Run run(String... command) throws Exception {
        return ServerJars.run(List.of(command), Map.of(), Duration.ofSeconds(30), workspace);
    }
}
