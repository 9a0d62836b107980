package dev.codeloop.core.thread.git;

import dev.codeloop.core.thread.store.GitInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The git state of a directory when a thread starts (commit, branch, origin), for thread lists. Best effort:
 * no git, no repository, or a slow git all give null rather than delaying {@code thread/start}.
 */
public final class GitInfoProbe {

    private static final long TIMEOUT_MS = 2000;

    private GitInfoProbe() {
    }

    public static GitInfo probe(Path cwd) {
        String sha = git(cwd, "rev-parse", "HEAD");
        if (sha == null) {
            return null;
        }
        String branch = git(cwd, "rev-parse", "--abbrev-ref", "HEAD");
        String origin = git(cwd, "config", "--get", "remote.origin.url");
        return new GitInfo(sha, "HEAD".equals(branch) ? null : branch, origin);
    }

    private static String git(Path cwd, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", cwd.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 && !text.isEmpty() ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            return null;
        }
    }
}
