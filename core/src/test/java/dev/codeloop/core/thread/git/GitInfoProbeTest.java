package dev.codeloop.core.thread.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.codeloop.core.thread.store.GitInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git probe against a real repository and against a git that never answers. */
class GitInfoProbeTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    @Test
    void readsCommitBranchAndOriginOfARealRepository() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        git(repo, "init", "-q", "-b", "main");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "one");
        git(repo, "remote", "add", "origin", "https://example.com/project.git");
        String head = Files.readString(repo.resolve(".git/refs/heads/main")).strip();

        GitInfo info = GitInfoProbe.probe(repo, "git", LIMIT);

        assertEquals(new GitInfo(head, "main", "https://example.com/project.git"), info);
    }

    @Test
    void notARepositoryGivesNull() {
        assertNull(GitInfoProbe.probe(tmp, "git", LIMIT));
    }

    @Test
    void aHungGitGivesNullWithinTheLimit() throws Exception {
        // Prints a commit, then hangs (as git can on a stale network mount), holding its output open.
        Path hung = tmp.resolve("hung-git");
        Files.writeString(hung, "#!/bin/sh\necho 0123456789abcdef\nexec sleep 600\n");
        Files.setPosixFilePermissions(hung, PosixFilePermissions.fromString("rwxr-xr-x"));

        GitInfo info = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> GitInfoProbe.probe(tmp, hung.toString(), Duration.ofMillis(300)));

        assertNull(info);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), out);
    }
}
