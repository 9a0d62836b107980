package dev.codeloop.core.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"cat", "cd", "cut", "echo", "expr", "false", "grep", "head", "id", "ls", "nl", "paste",
        "pwd", "rev", "seq", "stat", "tail", "tr", "true", "uname", "uniq", "wc", "which", "whoami", "numfmt", "tac"})
    void alwaysSafeCommands(String program) {
        assertTrue(SafeCommands.isKnownSafe(List.of(program)));
        assertTrue(SafeCommands.isKnownSafe(List.of(program, "-x", "file.txt")));
        assertTrue(SafeCommands.isKnownSafeScript(program + " -x file.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cat README.md", "ls -la", "grep -rn TODO .", "head -n 20 a.py", "/bin/ls -la", "/usr/bin/cat a",
        "ls *.py", "cat ~/notes.txt", "grep -r foo src/*.java",
        "base64 file.bin", "base64 -d file.b64", "base64 -w0 file",
        "find . -name '*.java'", "find src -type f -print", "find . -name '*.py' -newer x",
        "rg -n foo src", "rg --files", "rg -g '*.py' foo", "rg --pre-glob '*.gz' foo",
        "git status", "git status --short", "git log --oneline -n 5", "git diff HEAD~1", "git show HEAD:README.md",
        "git -C sub status", "/usr/bin/git log", "git --no-pager diff",
        "git branch", "git branch --show-current", "git branch -a -v", "git branch --list",
        "git branch '--format=%(refname)'",
        "sed -n 5p file.txt", "sed -n 1,20p src/a.py", "sed -n '10,30p' a b", "sed -n 1p",
        "uniq -c sorted.txt", "uniq",
        "ls -la && cat README.md", "cat a | grep b | wc -l", "cd src; ls", "pwd || true", "ls\nwc -l a"})
    void safeScripts(String script) {
        assertTrue(SafeCommands.isKnownSafeScript(script), script);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // not on the list, or not plain
        "touch created_by_agent.txt", "rm a", "python3 x.py", "npm test", "cat a > b", "ls $(pwd)", "echo $HOME",
        "ls 2>/dev/null", "A=b ls", "(ls)", "ls &", "", "   ", "bash -lc ls", "sort -o x y", "tee x", "xargs rm",
        // a program the workspace controls
        "./cat a", "tools/ls", "/work/repo/cat a",
        // conditional rules, the unsafe way round
        "base64 -o out.bin in", "base64 --output out.bin", "base64 --output=out.bin", "base64 -ob64.txt",
        "base64 -do out in",
        "find . -exec rm '{}' \\;", "find . -execdir python3 '{}' +", "find . -ok rm '{}' \\;",
        "find . -okdir rm '{}' \\;", "find . -exec rm {} ;",
        "find . -delete", "find . -fls /tmp/x", "find . -fprint x", "find . -fprint0 x", "find . -fprintf x %p",
        "rg --pre sh foo", "rg --pre=sh foo", "rg --hostname-bin h foo", "rg --hostname-bin=h foo", "rg -z foo",
        "rg --search-zip foo", "rg -nz foo",
        "git push", "git commit -m x", "git checkout status", "git fetch", "git reset --hard",
        "git -c core.pager=sh log", "git -ccore.pager=sh status", "git --config-env=core.pager=X log",
        "git --git-dir=/tmp/x status", "git --git-dir /tmp/x status", "git --work-tree=/ status",
        "git --exec-path=/tmp log", "git -p log", "git --paginate log",
        "git log --output=/tmp/x", "git diff --output /tmp/x", "git show --output=x HEAD", "git diff --ext-diff",
        "git log -p --textconv", "git show --exec=x",
        "git branch new-branch", "git branch -d feature", "git branch -D feature", "git branch -m a b",
        "git branch -M a b", "git branch --delete x", "git branch --move a b", "git branch -c a b",
        "git branch --set-upstream-to=origin/x", "git branch -l pattern",
        "sed -n xp f", "sed -n 1,2,3p f", "sed 1p f", "sed -i -n 1p f", "sed -n 1p -i f", "sed -n 1p f -i",
        "sed -n 1d f", "sed -n +10p f", "sed -n '1p;w out' f",
        "uniq in out", "uniq -c in out",
        // globs must not reach the conditional commands
        "find * -name x", "rg foo *", "sed -n 1p *.txt", "git log -- *", "base64 *", "uniq *.txt",
        // one unsafe segment spoils the script
        "ls && rm -rf build", "cat a | tee b", "ls; touch x", "git status || git stash", "rg foo | xargs rm"})
    void unsafeScripts(String script) {
        assertFalse(SafeCommands.isKnownSafeScript(script), script);
    }

    @Test
    void unwrapsShellInvocations() {
        assertTrue(SafeCommands.isKnownSafe(List.of("bash", "-lc", "ls -la && cat README.md")));
        assertTrue(SafeCommands.isKnownSafe(List.of("/bin/bash", "-c", "git status")));
        assertTrue(SafeCommands.isKnownSafe(List.of("sh", "-c", "pwd")));
        assertTrue(SafeCommands.isKnownSafe(List.of("zsh", "-lc", "ls")));
        assertFalse(SafeCommands.isKnownSafe(List.of("bash", "-lc", "ls && rm -rf x")));
        assertFalse(SafeCommands.isKnownSafe(List.of("bash", "-lc", "ls > x")));
        assertFalse(SafeCommands.isKnownSafe(List.of("bash", "-x", "ls")));
        assertFalse(SafeCommands.isKnownSafe(List.of("python3", "-c", "print(1)")));
    }

    @Test
    void argvWithoutShellTakesWordsLiterally() {
        // no shell runs, so '*' and '>' are just arguments
        assertTrue(SafeCommands.isKnownSafe(List.of("find", "*", "-name", "x")));
        assertTrue(SafeCommands.isKnownSafe(List.of("echo", ">", "x")));
        assertFalse(SafeCommands.isKnownSafe(List.of()));
        assertFalse(SafeCommands.isKnownSafe(List.of("rm", "-rf", "x")));
        assertTrue(SafeCommands.isKnownSafe(List.of("git", "status")));
        assertFalse(SafeCommands.isKnownSafe(List.of("find", ".", "-exec", "rm", "{}", ";")));
    }
}
