package dev.codeloop.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApprovalKeyTest {

    private static final Path WS = Path.of("/ws");

    static Stream<Arguments> normalisations() {
        return Stream.of(
                Arguments.of("ls -la && cat README.md", "ls -la && cat README.md"),
                Arguments.of("  ls   -la&&cat \"README.md\"  ", "ls -la && cat README.md"),
                Arguments.of("ls\npwd\n", "ls; pwd"),
                Arguments.of("ls;pwd;", "ls; pwd"),
                Arguments.of("cat a|grep b||true", "cat a | grep b || true"),
                Arguments.of("echo 'it''s' \"a b\"", "echo its 'a b'"),
                Arguments.of("git commit -m \"it's\"", "git commit -m 'it'\"'\"'s'"),
                Arguments.of("ls *.py  ~/x", "ls *.py ~/x"),
                Arguments.of("ls '*.py'", "ls '*.py'"),
                Arguments.of("'if' x", "'if' x"),
                Arguments.of("'A=b' cmd", "'A=b' cmd"),
                Arguments.of("echo A=b", "echo A=b"),
                Arguments.of("  echo $HOME > out   \n", "echo $HOME > out"));
    }

    @ParameterizedTest
    @MethodSource("normalisations")
    void normalises(String script, String expected) {
        assertEquals(expected, ApprovalKey.normalise(script));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ls && cat a", "ls *.py", "cat ~/x", "'if' x", "'A=b' cmd", "echo 'a b' \"c\"",
        "git log -n 1 | head; pwd || true", "echo \"it's\" ''"})
    void aRewrittenScriptParsesBackToTheSameCommands(String script) {
        String normalised = ApprovalKey.normalise(script);
        assertEquals(meaning(script), meaning(normalised));
        assertEquals(normalised, ApprovalKey.normalise(normalised));
    }

    /** What bash would do with a plain script: the words, what may expand, the operators. */
    private static List<String> meaning(String script) {
        return ShellScriptParser.parseSegments(script).orElseThrow().stream()
                .map(segment -> segment.words().stream()
                        .map(word -> word.value() + "/" + word.globbed() + "/" + word.tilde()).toList()
                        + " " + segment.next())
                .toList();
    }

    @Test
    void sameCommandSameKey() {
        assertEquals(ApprovalKey.of("npm  test", WS, false), ApprovalKey.of("npm test", Path.of("/ws/./"), false));
    }

    @Test
    void scriptsThatMayBehaveDifferentlyGetDifferentKeys() {
        assertNotEquals(key("a && b"), key("a || b"));
        assertNotEquals(key("a && b"), key("a | b"));
        assertNotEquals(key("ls; rm x"), key("ls rm x"));
        assertNotEquals(key("rm *.txt"), key("rm '*.txt'"));
        assertNotEquals(key("cat ~/x"), key("cat '~/x'"));
        assertNotEquals(key("'A=b' cmd"), key("A=b cmd"));
        assertNotEquals(key("'if' x"), key("if x"));
    }

    @Test
    void directoryAndEscalationArePartOfTheKey() {
        assertNotEquals(ApprovalKey.of("rm x", WS, false), ApprovalKey.of("rm x", Path.of("/other"), false));
        assertNotEquals(ApprovalKey.of("rm x", WS, false), ApprovalKey.of("rm x", WS, true));
        assertEquals(Path.of("/ws"), ApprovalKey.of("rm x", Path.of("/ws/sub/.."), true).cwd());
    }

    private static ApprovalKey key(String script) {
        return ApprovalKey.of(script, WS, false);
    }
}
