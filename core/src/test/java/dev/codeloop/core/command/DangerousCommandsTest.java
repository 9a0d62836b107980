package dev.codeloop.core.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DangerousCommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // rm, recursive and forced in any spelling
        "rm -rf build", "rm -fr build", "rm -Rf build", "rm -r -f build", "rm -f -R build", "rm -rfv build",
        "rm --recursive --force build", "rm -r --force build", "rm -rf /", "/bin/rm -rf x",
        // rm aimed at everything
        "rm -r /", "rm -r ~", "rm -R *", "rm --no-preserve-root -r /x",
        // git
        "git reset --hard", "git reset --hard HEAD~3", "git -C repo reset --hard",
        "git clean -f", "git clean -fd", "git clean -fdx", "git clean -xdf", "git clean --force",
        "git push --force", "git push -f origin main", "git push origin main -f", "git push --force-with-lease",
        "git push --force-with-lease=main:abc origin main", "git push origin +main", "git push -uf origin x",
        "git push --mirror", "git push --delete origin x", "git push origin :feature", "git push -d origin x",
        "git checkout -- .", "git checkout .", "git checkout HEAD -- .", "git checkout -f main",
        "git checkout --force main", "git restore .", "git restore -- .", "git restore --worktree :/",
        "git restore -s HEAD~1 .", "git restore --staged --worktree .",
        // disks, permissions, privilege
        "dd if=/dev/zero of=/dev/sda", "dd of=disk.img if=/dev/zero bs=1M", "mkfs /dev/sdb1", "mkfs.ext4 /dev/sdb1",
        "shred -u secrets.txt", "chmod -R 777 /", "chmod -R 0777 .", "chmod --recursive a+rwx src",
        "sudo ls", "sudo -u root cat /etc/shadow", "doas reboot",
        ":(){ :|:& };:", "bomb() { bomb | bomb & }; bomb", "echo x > /dev/sda", "cat img >/dev/nvme0n1",
        // inside wrappers and bigger scripts
        "ls && rm -rf build", "cd /tmp; rm -rf x", "true || git reset --hard", "bash -c 'rm -rf x'",
        "sh -lc \"git clean -fdx\"", "eval rm -rf x", "env FOO=1 rm -rf x", "nohup rm -rf x",
        "nice -n 10 rm -rf x", "timeout 5 rm -rf x", "xargs rm -rf", "find . -name x | xargs -n 1 rm -rf",
        "find . -type d -exec rm -rf {} +", "find . -exec rm -rf '{}' \\;", "command rm -rf x", "exec rm -rf x",
        // scripts the parser refuses still get scanned
        "rm -rf build > /dev/null 2>&1", "rm -rf \"$DIR\"", "rm -rf ${DIR}/", "rm -rf $(pwd)/build",
        "if [ -d x ]; then rm -rf x; fi", "for f in a b; do rm -rf \"$f\"; done", "(cd x && git reset --hard)",
        "X=1 rm -rf x", "echo ok; sudo reboot", "bash -c \"rm -rf $HOME/x\"", "git push --force 2>/dev/null",
        "dd if=/dev/zero of=$DISK"})
    void dangerous(String script) {
        assertTrue(DangerousCommands.isDangerous(script), script);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rm file.txt", "rm -f file.txt", "rm -r build", "rm -ri build", "rm -- -rf", "rm ./-rf", "rmdir -p a/b",
        "git reset", "git reset --soft HEAD~1", "git reset --mixed", "git reset HEAD file",
        "git clean -n", "git clean -fn", "git clean --dry-run -f", "git clean -e foo -d",
        "git push", "git push origin main", "git push -u origin feature", "git push origin a:b",
        "git push -o ci.skip origin main",
        "git checkout main", "git checkout -b fix", "git checkout -bfix", "git checkout -- src/a.py",
        "git checkout feature -- README.md", "git restore src/a.py", "git restore --staged .",
        "git restore -S .", "git branch -D feature", "git stash", "git status", "git log --force",
        "dd if=a.img bs=1M count=1", "chmod 777 file", "chmod -R 755 dir", "chmod -R u+w dir", "shredder",
        "ls -la", "cat README.md", "echo rm -rf /", "grep -r 'rm -rf' .", "echo 'sudo make me a sandwich'",
        "printf '%s' \"git reset --hard\"", "cat /dev/sda", "ls > /dev/null", "echo \"a; b\" > out.txt",
        "find . -name '*.pyc' -delete", "find . -exec cat {} ;", "find . -exec cat '{}' +", "xargs cat",
        "env FOO=1 ls", "bash -lc ls",
        ""})
    void notDangerous(String script) {
        assertFalse(DangerousCommands.isDangerous(script), script);
    }

    @Test
    void judgesArgvByTheScriptOfAShellWrapper() {
        assertTrue(DangerousCommands.isDangerous(List.of("bash", "-lc", "rm -rf x")));
        assertTrue(DangerousCommands.isDangerous(List.of("rm", "-rf", "x")));
        assertFalse(DangerousCommands.isDangerous(List.of("bash", "-lc", "rm x")));
        assertFalse(DangerousCommands.isDangerous(List.of()));
    }
}
