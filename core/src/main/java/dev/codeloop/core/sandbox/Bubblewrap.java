package dev.codeloop.core.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds bubblewrap on the PATH and checks once that it can really start a sandbox here: in some containers
 * the binary exists but user namespaces are not allowed, and every command would then fail in a confusing way.
 */
public final class Bubblewrap {

    /** The outcome of looking for a working bubblewrap. */
    public sealed interface Availability {
        record Available(Path binary) implements Availability {
        }

        record Unavailable(String reason) implements Availability {
        }
    }

    private static final Map<String, Availability> BY_PATH = new ConcurrentHashMap<>();

    private Bubblewrap() {
    }

    /** Whether bubblewrap works with this environment's PATH; probed once per PATH value. */
    public static Availability availability(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        return BY_PATH.computeIfAbsent(path, Bubblewrap::probe);
    }

    private static Availability probe(String searchPath) {
        Path binary = null;
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "bwrap"))) {
                binary = Path.of(dir, "bwrap");
                break;
            }
        }
        if (binary == null) {
            return new Availability.Unavailable("bubblewrap (bwrap) was not found on the PATH");
        }
        List<String> probe = List.of(binary.toString(), "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                "--unshare-pid", "--unshare-net", "--new-session", "--die-with-parent", "true");
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Availability.Unavailable(binary + " did not start a sandbox within 10 s");
            }
            if (process.exitValue() != 0) {
                return new Availability.Unavailable(binary + " cannot create a sandbox here (exit "
                        + process.exitValue() + "): " + new String(output, StandardCharsets.UTF_8).strip());
            }
            return new Availability.Available(binary);
        } catch (IOException e) {
            return new Availability.Unavailable(binary + " cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            return new Availability.Unavailable("interrupted while checking " + binary);
        }
    }
}
