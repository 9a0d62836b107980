package dev.codeloop.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code bin/codeloop-bench [startup]}: measures the packaged server and prints the figures. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = findLauncher();
        int runs = Integer.getInteger("runs", 15);
        StartupBench startup = new StartupBench(launcher);
        System.out.println("Codeloop benchmarks (" + launcher + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + " for the driver)");
        System.out.println("spawn -> initialize response: " + startup.spawnToInitialize(2, runs).format("ms"));
        System.out.println("idle RSS (VmHWM, init + thread/start + 3 s): " + startup.idleRss(5).format("MiB"));
    }

    private static Path findLauncher() {
        String override = System.getProperty("codeloop.launcher");
        if (override != null) {
            return Path.of(override);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("bin/codeloop");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("bin/codeloop not found above " + Path.of("").toAbsolutePath());
    }
}
