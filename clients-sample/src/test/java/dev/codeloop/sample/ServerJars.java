package dev.codeloop.sample;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the integration tests need from the build: the checkout root and the packaged jars. clients-sample does
 * not depend on app-server, so the server jar is found on disk; `mvn verify` packages app-server first (it comes
 * earlier in the reactor), and a test run without it is skipped, not failed.
 */
final class ServerJars {

    private ServerJars() {
    }

    static Path root() {
        Path root = ProjectRoot.findFrom(Path.of("")).orElse(null);
        assumeTrue(root != null, "not inside the Codeloop checkout");
        return root;
    }

    static void assumeServerJar(Path root) {
        Path jar = root.resolve(ProjectRoot.SERVER_JAR);
        assumeTrue(Files.isRegularFile(jar), "server jar not built: " + jar);
    }

    static void assumeDemoJar(Path root) {
        Path jar = root.resolve("clients-sample/target/codeloop-demo.jar");
        assumeTrue(Files.isRegularFile(jar), "demo jar not built: " + jar);
    }

    /** Output (stdout and stderr merged) and exit code of a finished child process. */
    record Run(int exitCode, String output) {
    }

    static Run run(List<String> command, Map<String, String> env, Duration timeout) throws IOException, InterruptedException {
        return run(command, env, timeout, Path.of("").toAbsolutePath());
    }

    static Run run(List<String> command, Map<String, String> env, Duration timeout, Path directory)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(env);
        builder.environment().remove("NO_COLOR");
        Process process = builder.start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes(); // ends when the child exits and closes its output
        }
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command + "\n" + new String(output, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
