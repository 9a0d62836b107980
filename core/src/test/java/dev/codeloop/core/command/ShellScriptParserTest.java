package dev.codeloop.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellScriptParserTest {

    static Stream<Arguments> plainScripts() {
        return Stream.of(
                Arguments.of("ls", List.of(List.of("ls"))),
                Arguments.of("  ls   -la  ", List.of(List.of("ls", "-la"))),
                Arguments.of("ls -la && cat README.md", List.of(List.of("ls", "-la"), List.of("cat", "README.md"))),
                Arguments.of("ls && pwd; echo 'hi there' | wc -l || true",
                        List.of(List.of("ls"), List.of("pwd"), List.of("echo", "hi there"), List.of("wc", "-l"),
                                List.of("true"))),
                Arguments.of("ls&&pwd", List.of(List.of("ls"), List.of("pwd"))),
                Arguments.of("echo \"hello world\"", List.of(List.of("echo", "hello world"))),
                Arguments.of("echo \"a \\\"b\\\" \\\\ \\$ \\` \\x\"", List.of(List.of("echo", "a \"b\" \\ $ ` \\x"))),
                Arguments.of("echo '$HOME `id` $(id)'", List.of(List.of("echo", "$HOME `id` $(id)"))),
                Arguments.of("echo \"/usr\"'/'\"local\"/bin", List.of(List.of("echo", "/usr/local/bin"))),
                Arguments.of("rg -n foo -g\"*.py\"", List.of(List.of("rg", "-n", "foo", "-g*.py"))),
                Arguments.of("echo '' \"\"", List.of(List.of("echo", "", ""))),
                Arguments.of("echo a\\ b \\;", List.of(List.of("echo", "a b", ";"))),
                Arguments.of("git commit -m \"line1\nline2\"", List.of(List.of("git", "commit", "-m", "line1\nline2"))),
                Arguments.of("ls\npwd\n", List.of(List.of("ls"), List.of("pwd"))),
                Arguments.of("\n\nls\n\n\npwd", List.of(List.of("ls"), List.of("pwd"))),
                Arguments.of("ls &&\n  pwd", List.of(List.of("ls"), List.of("pwd"))),
                Arguments.of("ls \\\n  -la", List.of(List.of("ls", "-la"))),
                Arguments.of("ls;", List.of(List.of("ls"))),
                Arguments.of("ls *.py src/[ab]?.java", List.of(List.of("ls", "*.py", "src/[ab]?.java"))),
                Arguments.of("cat ~/notes.txt", List.of(List.of("cat", "~/notes.txt"))),
                Arguments.of("echo a#b", List.of(List.of("echo", "a#b"))),
                Arguments.of("make CC=gcc", List.of(List.of("make", "CC=gcc"))),
                Arguments.of("'A=b' cmd", List.of(List.of("A=b", "cmd"))),
                Arguments.of("echo if then fi", List.of(List.of("echo", "if", "then", "fi"))),
                Arguments.of("\"if\" x", List.of(List.of("if", "x"))),
                Arguments.of("echo hi!", List.of(List.of("echo", "hi!"))));
    }

    @ParameterizedTest
    @MethodSource("plainScripts")
    void parsesPlainScripts(String script, List<List<String>> expected) {
        assertEquals(Optional.of(expected), ShellScriptParser.parse(script));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // redirections
        "ls > out.txt", "ls >> out.txt", "cat < in.txt", "ls 2>&1", "ls 2>/dev/null", "ls &> log", "ls>out",
        "ls >| out", "cat <<EOF\nhi\nEOF", "cat <<< hi",
        // command and process substitution
        "echo $(pwd)", "echo `pwd`", "diff <(ls a) <(ls b)", "tee >(wc)", "echo \"$(pwd)\"", "echo \"`pwd`\"",
        // expansions
        "echo $HOME", "echo ${HOME}", "echo \"hi $USER\"", "echo $((1+2))", "echo $", "echo {a,b}", "echo a{b,c}",
        // subshells, groups, background
        "(ls)", "ls || (pwd && echo hi)", "{ ls; }", "ls &", "ls & pwd", "ls |& wc",
        // assignments, reserved words, comments
        "A=b ls", "A+=b ls", "A[0]=b ls", "ls && A=b", "if true; then ls; fi", "for f in a b; do echo x; done",
        "while true; do ls; done", "! ls", "time ls", "ls # comment", "# comment",
        "function f", "case x in", "[[ -f x ]]",
        // empty commands and syntax errors
        "", "   ", "\n", ";", "&& ls", "ls &&", "ls ||", "ls |", "ls ;; pwd", "ls | | wc", "ls; ; pwd", "ls &&;",
        "echo 'unterminated", "echo \"unterminated", "echo \\"})
    void rejectsAnythingNotPlain(String script) {
        assertEquals(Optional.empty(), ShellScriptParser.parse(script));
    }

    @Test
    void flagsGlobsAndTildesButNotQuotedOnes() {
        List<ShellWord> words = ShellScriptParser.parseSegments("ls *.py '*.py' ~ \"~\" a\\*").orElseThrow()
                .getFirst().words();
        assertEquals(List.of(false, true, false, false, false, false),
                words.stream().map(ShellWord::globbed).toList());
        assertEquals(List.of(false, false, false, true, false, false), words.stream().map(ShellWord::tilde).toList());
        assertEquals("'*.py'", words.get(2).source());
        assertEquals("*.py", words.get(2).value());
    }

    @Test
    void recordsTheOperatorAfterEachCommand() {
        List<ScriptSegment> segments = ShellScriptParser.parseSegments("a && b || c | d; e\nf;").orElseThrow();
        assertEquals(List.of(Separator.AND, Separator.OR, Separator.PIPE, Separator.SEQUENCE, Separator.SEQUENCE,
                Separator.END), segments.stream().map(ScriptSegment::next).toList());
    }

    @Test
    void knowsSyntaxWordsInCommandPosition() {
        assertTrue(ShellScriptParser.isSyntaxInCommandPosition("if"));
        assertTrue(ShellScriptParser.isSyntaxInCommandPosition("PATH=/x"));
        assertFalse(ShellScriptParser.isSyntaxInCommandPosition("ls"));
        assertFalse(ShellScriptParser.isSyntaxInCommandPosition("--x=y"));
    }
}
