package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The offline demo end to end: the real server (bin/codeloop app-server) against the scripted model. */
class OfflineDemoIT {

    /** An `ls -la` line for README.md: permissions, links, owner, group, size, date, name. */
    private static final Pattern LS_README_LINE =
            Pattern.compile("^ {4}-[rwx-]{9}\\S*\\s+\\d+\\s+\\S+\\s+\\S+\\s+\\d+\\s+.+ README\\.md$", Pattern.MULTILINE);
    private static final Pattern KEPT_WORKSPACE = Pattern.compile("^The workspace is kept at (.+)$", Pattern.MULTILINE);

    @Test
    void runsOneRealTurnThatPatchesTheProjectAndRunsItsTests() throws IOException {
        Path root = ServerJars.root();
        ServerJars.assumeServerJar(root);
        assumeTrue(Python3.version().isPresent(), "python3 is not installed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = OfflineDemo.run(new String[] {"--root", root.toString(), "--keep"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Ansi.PLAIN);

        String output = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        Matcher kept = KEPT_WORKSPACE.matcher(output);
        assertTrue(kept.find(), output + errors);
        Path workspace = Path.of(kept.group(1));
        try {
            assertEquals(0, exitCode, output + errors);
            assertTrue(output.contains("the model is a scripted stand-in (no network, no API key)"), output);
            assertTrue(output.contains(root.resolve("bin/codeloop") + " app-server"), output);
            assertTrue(output.contains("$ " + DemoScript.LIST_COMMAND), output);
            assertTrue(LS_README_LINE.matcher(output).find(), "no real `ls -la` line for README.md in:\n" + output);
            assertTrue(output.contains("$ " + DemoScript.READ_COMMAND + "\n    # greeter\n"), output);
            assertTrue(output.contains("▶ " + DemoScript.STEP_READ), output);
            assertTrue(output.contains("$ " + DemoScript.READ_CODE_COMMAND + "\n    import sys\n"), output);
            assertTrue(output.contains("✎ edit\n    M src/hello.py"), output);
            assertTrue(output.contains("  applied\n"), output);
            assertTrue(output.contains("+def greet(name: str, shout: bool = False) -> str:"), output);
            assertTrue(output.contains("$ " + DemoScript.TEST_COMMAND + "\n"), output);
            assertTrue(output.contains("\n    OK\n  exit 0"), output);
            assertTrue(output.contains("☑ " + DemoScript.STEP_TEST), output);
            assertTrue(output.contains(DemoScript.ANSWER), output);
            assertTrue(output.contains("diff: 3 files changed"), output);
            assertTrue(output.contains("✓ turn completed"), output);
            assertTrue(output.contains("· 8 model calls ·"), output);
            assertFalse(output.contains("did not go as scripted"), output);
            assertEquals("", errors);

            String hello = Files.readString(workspace.resolve("src/hello.py"));
            assertTrue(hello.contains("def greet(name: str, shout: bool = False) -> str:"), hello);
            assertTrue(Files.readString(workspace.resolve("tests/test_hello.py")).contains("def test_main_shout_option"));
            assertFalse(Files.readString(workspace.resolve("README.md")).contains("TODO"));
        } finally {
            deleteTree(workspace.getParent());
        }
    }

    @Test
    void theLauncherRunsTheDemoJar() throws Exception {
        Path root = ServerJars.root();
        ServerJars.assumeServerJar(root);
        ServerJars.assumeDemoJar(root);

        ServerJars.Run run = ServerJars.run(List.of(root.resolve("bin/codeloop-demo").toString()), Map.of(),
                Duration.ofMinutes(3));

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains(Python3.version().isPresent() ? DemoScript.ANSWER : DemoScript.ANSWER_WITHOUT_PYTHON),
                run.output());
        assertTrue(run.output().contains("exit 0"), run.output());
        assertTrue(!run.output().contains("\u001b["), "colour in a pipe:\n" + run.output());
    }

    @Test
    void withApproveButNoTerminalEveryRequestIsAcceptedOutLoud() throws Exception {
        Path root = ServerJars.root();
        ServerJars.assumeServerJar(root);
        ServerJars.assumeDemoJar(root);

        ServerJars.Run run = ServerJars.run(List.of(root.resolve("bin/codeloop-demo").toString(), "--approve"), Map.of(),
                Duration.ofMinutes(3));

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("approvals untrusted"), run.output());
        assertTrue(run.output().contains("? The agent wants to edit 3 files\n    M src/hello.py\n"), run.output());
        assertTrue(run.output().contains("  accepted automatically (no terminal to ask)"), run.output());
        assertTrue(run.output().contains("  applied\n"), run.output());
        assertTrue(run.output().contains("✓ turn completed"), run.output());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
