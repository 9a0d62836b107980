package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The offline demo end to end: the real server (bin/codeloop app-server) against the scripted model. */
class OfflineDemoIT {

    /** An `ls -la` line for README.md: permissions, links, owner, group, size, date, name. */
    private static final Pattern LS_README_LINE =
            Pattern.compile("^ {4}-[rwx-]{9}\\S*\\s+\\d+\\s+\\S+\\s+\\S+\\s+\\d+\\s+.+ README\\.md$", Pattern.MULTILINE);

    @Test
    void runsOneRealTurnAndExitsZero() {
        Path root = ServerJars.root();
        ServerJars.assumeServerJar(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = OfflineDemo.run(new String[] {"--root", root.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Ansi.PLAIN);

        String output = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, exitCode, output + errors);
        assertTrue(output.contains("the model is a scripted stand-in (no network, no API key)"), output);
        assertTrue(output.contains(root.resolve("bin/codeloop") + " app-server"), output);
        assertTrue(output.contains("$ " + DemoScript.LIST_COMMAND), output);
        assertTrue(LS_README_LINE.matcher(output).find(), "no real `ls -la` line for README.md in:\n" + output);
        assertTrue(output.contains("$ " + DemoScript.READ_COMMAND + "\n    # greeter\n"), output);
        assertTrue(output.contains(DemoScript.ANSWER), output);
        assertTrue(output.contains("✓ turn completed"), output);
        assertTrue(output.contains("Summary: 6 items"), output);
        assertEquals("", errors);
    }

    @Test
    void theLauncherRunsTheDemoJar() throws Exception {
        Path root = ServerJars.root();
        ServerJars.assumeServerJar(root);
        ServerJars.assumeDemoJar(root);

        ServerJars.Run run = ServerJars.run(List.of(root.resolve("bin/codeloop-demo").toString()), Map.of(),
                Duration.ofMinutes(3));

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains(DemoScript.ANSWER), run.output());
        assertTrue(run.output().contains("exit 0"), run.output());
        assertTrue(!run.output().contains("\u001b["), "colour in a pipe:\n" + run.output());
    }
}
