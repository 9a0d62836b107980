package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommandTextTest {

    @Test
    void unwrapsTheLoginShellWrapper() {
        assertEquals("ls -la && cat README.md", CommandText.display("/bin/bash -lc 'ls -la && cat README.md'"));
        assertEquals("ls", CommandText.display("bash -lc ls"));
        assertEquals("echo hi", CommandText.display("/usr/bin/zsh -c 'echo hi'"));
    }

    @Test
    void restoresQuotesInsideTheScript() {
        assertEquals("echo 'it''s'", CommandText.display("/bin/bash -lc 'echo '\"'\"'it'\"'\"''\"'\"'s'\"'\"''"));
        assertEquals("grep -n 'TODO' src", CommandText.display("/bin/bash -lc 'grep -n '\\''TODO'\\'' src'"));
    }

    @Test
    void leavesAnythingElseAlone() {
        assertEquals("python3 -m pytest", CommandText.display("python3 -m pytest"));
        assertEquals("/bin/bash -lc 'a' 'b'", CommandText.display("/bin/bash -lc 'a' 'b'"));
        assertEquals("/bin/bash -lc $HOME", CommandText.display("/bin/bash -lc $HOME"));
        assertNull(CommandText.unquoteWord("'unterminated"));
    }
}
