package dev.codeloop.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsScriptsUnderALoginBash() {
        ShellCommand command = new ShellCommand("/bin/bash", "ls -la && cat README.md");
        assertEquals(List.of("/bin/bash", "-lc", "ls -la && cat README.md"), command.argv());
        assertEquals("/bin/bash -lc 'ls -la && cat README.md'", command.displayString());
    }

    @Test
    void displaysQuotesInsideTheScript() {
        ShellCommand command = new ShellCommand("/bin/bash", "echo 'hi there'");
        assertEquals("/bin/bash -lc 'echo '\"'\"'hi there'\"'\"''", command.displayString());
    }

    @Test
    void resolvesBashOnce() {
        String bash = ShellCommand.bashPath();
        assertEquals(bash, ShellCommand.bash("true").shell());
        if (Files.isExecutable(Path.of("/bin/bash"))) {
            assertEquals("/bin/bash", bash);
        }
    }

    @Test
    void argvRunsTheScript() throws IOException {
        ExecRequest request = new ExecRequest(ShellCommand.bash("echo \"$((6 * 7))\"").argv(), dir,
                TestCommands.env(), TestCommands.LONG_TIMEOUT, 4096);
        ExecResult result = new ProcessRunner().run(request, ExecOutputListener.ignoring(), CancellationToken.none());
        assertEquals(0, result.exitCode());
        // A login shell may print profile noise first; the answer is the last line.
        assertTrue(result.output().endsWith("42\n"), result.output());
    }
}
