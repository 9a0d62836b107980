package dev.codeloop.sample;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Whether the demo's tests can run: is there a python3 where the agent's commands will look for it? */
final class Python3 {

    private static final long TIMEOUT_SECONDS = 10;

    private Python3() {
    }

    /**
     * {@code Python 3.11.7}, or empty if python3 cannot be run. Asks through {@code bash -lc}, the way the
     * server runs the model's commands, because a login shell may set up a different PATH than ours.
     */
    static Optional<String> version() {
        try {
            Process process = new ProcessBuilder("bash", "-lc", "python3 --version")
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            String lastLine = output.substring(output.lastIndexOf('\n') + 1); // after any login-shell chatter
            return process.exitValue() == 0 && lastLine.startsWith("Python 3") ? Optional.of(lastLine) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
