package dev.codeloop.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeloop.core.concurrent.CancellationToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuotingTest {

    @TempDir
    Path dir;

    @Test
    void leavesPlainWordsBare() {
        assertEquals("ls", ShellQuoting.quote("ls"));
        assertEquals("/bin/bash", ShellQuoting.quote("/bin/bash"));
        assertEquals("-lc", ShellQuoting.quote("-lc"));
        assertEquals("a=b,c:d@e%f+g_h.i", ShellQuoting.quote("a=b,c:d@e%f+g_h.i"));
    }

    @Test
    void quotesEverythingElse() {
        assertEquals("''", ShellQuoting.quote(""));
        assertEquals("'ls -la && cat README.md'", ShellQuoting.quote("ls -la && cat README.md"));
        assertEquals("'it'\"'\"'s'", ShellQuoting.quote("it's"));
        assertEquals("'$HOME'", ShellQuoting.quote("$HOME"));
        assertEquals("'~'", ShellQuoting.quote("~"));
        assertEquals("'é'", ShellQuoting.quote("é"));
    }

    @Test
    void joinsWithSpaces() {
        assertEquals("/bin/bash -lc 'echo hi'", ShellQuoting.join(List.of("/bin/bash", "-lc", "echo hi")));
        assertEquals("", ShellQuoting.join(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "two words", "it's", "''", "\"double\"", "$HOME ${X} $(id) `id`",
            "back\\slash", "line1\nline2\n", "tab\there", "*?[a]{b,c}~!#&;|<>()", "日本語 😀 é", "'\"'\"'",
            "-n", "--", "trailing space "})
    void roundTripsThroughBash(String original) throws IOException {
        String script = "printf %s " + ShellQuoting.quote(original);
        ExecResult result = new ProcessRunner().run(TestCommands.bash(script, dir, TestCommands.LONG_TIMEOUT),
                ExecOutputListener.ignoring(), CancellationToken.none());
        assertEquals(0, result.exitCode(), result.output());
        assertEquals(original, result.output());
    }
}
