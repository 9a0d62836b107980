package dev.codeloop.core.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real git, for computing what our output must equal. Only tests use it; the tracker never does. Runs
 * with no user or system configuration so results do not depend on the machine.
 */
final class GitCli {

    private GitCli() {
    }

    /** {@code git init} plus a commit of everything in {@code dir}: the baseline to diff against. */
    static void commitBaseline(Path dir) {
        // No template: much faster, and no hooks.
        run(dir, "init", "-q", "--template=");
        run(dir, "add", "-A");
        run(dir, "commit", "-q", "--allow-empty", "-m", "baseline");
    }

    /** What {@code git diff -M --full-index} says the working tree changed since the baseline commit. */
    static String diffSinceBaseline(Path dir) {
        run(dir, "add", "-A");
        return run(dir, "diff", "--cached", "-M", "--full-index", "HEAD");
    }

    /** The hunks {@code git diff --no-index} prints between two contents (everything from the first @@). */
    static String hunks(Path dir, byte[] before, byte[] after) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("before"), before);
            Files.write(dir.resolve("after"), after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // --no-index exits with 1 when the files differ.
        String output = run(dir, Set.of(0, 1), "diff", "--no-index", "before", "after");
        int hunks = output.indexOf("\n@@");
        return hunks < 0 ? "" : output.substring(hunks + 1);
    }

    static String run(Path dir, String... args) {
        return run(dir, Set.of(0), args);
    }

    private static String run(Path dir, Set<Integer> okExitCodes, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=test", "-c", "user.email=t@example.com",
                "-c", "core.quotePath=true", "-c", "diff.renames=true", "-c", "commit.gpgSign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("HOME", dir.toString());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!okExitCodes.contains(process.waitFor())) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run git", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
