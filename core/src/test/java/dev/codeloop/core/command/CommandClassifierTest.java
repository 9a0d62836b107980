package dev.codeloop.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeloop.core.item.CommandAction;
import dev.codeloop.core.item.CommandAction.ListFiles;
import dev.codeloop.core.item.CommandAction.Read;
import dev.codeloop.core.item.CommandAction.Search;
import dev.codeloop.core.item.CommandAction.Unknown;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandClassifierTest {

    /** The commandActions Codex 0.169.0 sent in the recorded transcripts (testkit codex-transcripts). */
    @Test
    void matchesTheTranscripts() {
        assertEquals(List.of(new ListFiles("ls -la", null),
                        new Read("cat README.md", "README.md", "/home/user/run/ws/b_shell/README.md")),
                CommandClassifier.classify("ls -la && cat README.md", Path.of("/home/user/run/ws/b_shell")));
        assertEquals(List.of(new Read("cat hello.py", "hello.py", "/home/user/run/ws/e_two_turns/hello.py")),
                CommandClassifier.classify("cat hello.py", Path.of("/home/user/run/ws/e_two_turns")));
        assertEquals(List.of(new Unknown("touch created_by_agent.txt")),
                CommandClassifier.classify("touch created_by_agent.txt", Path.of("/ws")));
        String loop = "for i in 1 2 3; do echo line$i; sleep 0.3; done";
        assertEquals(List.of(new Unknown(loop)), CommandClassifier.classify(loop, Path.of("/ws")));
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                // reads
                Arguments.of("cat README.md", List.of(new Read("cat README.md", "README.md", "README.md"))),
                Arguments.of("cat -- ./-odd", List.of(new Read("cat -- ./-odd", "-odd", "./-odd"))),
                Arguments.of("head -n 50 Cargo.toml",
                        List.of(new Read("head -n 50 Cargo.toml", "Cargo.toml", "Cargo.toml"))),
                Arguments.of("tail -n +10 a/b.md", List.of(new Read("tail -n +10 a/b.md", "b.md", "a/b.md"))),
                Arguments.of("less -p TODO README.md",
                        List.of(new Read("less -p TODO README.md", "README.md", "README.md"))),
                Arguments.of("more x.txt", List.of(new Read("more x.txt", "x.txt", "x.txt"))),
                Arguments.of("bat --theme TwoDark src/a.rs",
                        List.of(new Read("bat --theme TwoDark src/a.rs", "a.rs", "src/a.rs"))),
                Arguments.of("nl -ba src/a.py", List.of(new Read("nl -ba src/a.py", "a.py", "src/a.py"))),
                Arguments.of("sed -n 1,20p src/a.py", List.of(new Read("sed -n 1,20p src/a.py", "a.py", "src/a.py"))),
                Arguments.of("sed -n '5p' a.py", List.of(new Read("sed -n 5p a.py", "a.py", "a.py"))),
                Arguments.of("sed -n -e 1,9p -- a.py", List.of(new Read("sed -n -e 1,9p -- a.py", "a.py", "a.py"))),
                // listings
                Arguments.of("ls", List.of(new ListFiles("ls", null))),
                Arguments.of("ls -la src/main", List.of(new ListFiles("ls -la src/main", "main"))),
                Arguments.of("ls -I '*.test.js'", List.of(new ListFiles("ls -I '*.test.js'", null))),
                Arguments.of("tree -L 2 src", List.of(new ListFiles("tree -L 2 src", "src"))),
                Arguments.of("rg --files", List.of(new ListFiles("rg --files", null))),
                Arguments.of("rg --files webview/src", List.of(new ListFiles("rg --files webview/src", "webview"))),
                Arguments.of("git ls-files src", List.of(new ListFiles("git ls-files src", "src"))),
                Arguments.of("find src -type f", List.of(new ListFiles("find src -type f", "src"))),
                Arguments.of("fd -t f src/", List.of(new ListFiles("fd -t f src/", "src"))),
                Arguments.of("fd", List.of(new ListFiles("fd", null))),
                // searches
                Arguments.of("rg -n foo src", List.of(new Search("rg -n foo src", "foo", "src"))),
                Arguments.of("rg -n \"BUG|TODO\" -S", List.of(new Search("rg -n 'BUG|TODO' -S", "BUG|TODO", null))),
                Arguments.of("rg -e foo -g '*.py' core/src/x.py",
                        List.of(new Search("rg -e foo -g '*.py' core/src/x.py", "foo", "x.py"))),
                Arguments.of("grep -rn TODO .", List.of(new Search("grep -rn TODO .", "TODO", "."))),
                Arguments.of("grep -R src/main.rs -n .", List.of(new Search("grep -R src/main.rs -n .", "src/main.rs",
                        "."))),
                Arguments.of("grep -A 3 -e x a.txt", List.of(new Search("grep -A 3 -e x a.txt", "x", "a.txt"))),
                Arguments.of("git grep TODO src", List.of(new Search("git grep TODO src", "TODO", "src"))),
                Arguments.of("ag TODO src", List.of(new Search("ag TODO src", "TODO", "src"))),
                Arguments.of("fd main src", List.of(new Search("fd main src", "main", "src"))),
                Arguments.of("find . -name '*.java'", List.of(new Search("find . -name '*.java'", "*.java", "."))),
                Arguments.of("find -iname x", List.of(new Search("find -iname x", "x", null))),
                // several commands, cd, helpers
                Arguments.of("cat a | grep b", List.of(new Read("cat a", "a", "a"), new Search("grep b", "b", null))),
                Arguments.of("rg -n foo | head -n 20", List.of(new Search("rg -n foo", "foo", null))),
                Arguments.of("ls -la | sed -n '1,120p'", List.of(new ListFiles("ls -la", null))),
                Arguments.of("nl -ba a.rs | sed -n 10,20p", List.of(new Read("nl -ba a.rs", "a.rs", "a.rs"))),
                Arguments.of("rg --files | wc -l", List.of(new ListFiles("rg --files", null))),
                Arguments.of("cd foo && cat bar.txt", List.of(new Read("cat bar.txt", "bar.txt", "foo/bar.txt"))),
                Arguments.of("cd a; cd b && cat /etc/hosts",
                        List.of(new Read("cat /etc/hosts", "hosts", "/etc/hosts"))),
                Arguments.of("cd a; cd b && cat c", List.of(new Read("cat c", "c", "a/b/c"))),
                Arguments.of("true && rg --files", List.of(new ListFiles("rg --files", null))),
                Arguments.of("rg --files || true", List.of(new ListFiles("rg --files", null))),
                Arguments.of("echo ---; cat a; echo ---; cat b",
                        List.of(new Read("cat a", "a", "a"), new Read("cat b", "b", "b"))),
                Arguments.of("cat a && cat a", List.of(new Read("cat a", "a", "a"))));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void classifies(String script, List<CommandAction> expected) {
        assertEquals(expected, CommandClassifier.classify(script));
    }

    @ParameterizedTest
    @ValueSource(strings = {"git status", "git status | wc -l", "npm run build", "touch x", "cat a b",
        "cat", "echo hi", "true", "wc -l a.txt", "cd foo", "cd foo && make", "cd && cat a", "cd - && cat a",
        "ls && rm -rf build", "cat a | tee b", "rg foo | xargs sed -i s/a/b/", "sed -i 1d a.py", "sed s/a/b/ a.py",
        "find . -name x -delete", "find . -exec cat '{}' +", "fd x -x rm", "ls > out.txt", "cat $HOME/x",
        "awk '{print $1}' a", "python3 -c 'import os; print(os.listdir())'", ""})
    void everythingElseIsOneUnknownWithTheWholeScript(String script) {
        assertEquals(List.of(new Unknown(script)), CommandClassifier.classify(script));
    }

    @Test
    void resolvesReadPathsAgainstTheWorkingDirectoryAfterCd() {
        assertEquals(List.of(new Read("cat b.txt", "b.txt", "/ws/sub/b.txt"), new ListFiles("ls src", "src")),
                CommandClassifier.classify("cd sub && cat b.txt && ls src", Path.of("/ws")));
        assertEquals(List.of(new Read("cat /etc/hosts", "hosts", "/etc/hosts")),
                CommandClassifier.classify("cat /etc/hosts", Path.of("/ws")));
    }
}
