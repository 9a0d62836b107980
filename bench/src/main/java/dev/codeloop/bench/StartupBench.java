package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Spawn → {@code initialize} response, and idle memory (VmHWM after initialize + thread/start + 3 s), for
 * {@code bin/codeloop app-server} exactly as users run it.
 */
final class StartupBench {

    private static final String INITIALIZE =
            "{\"id\":0,\"method\":\"initialize\",\"params\":{\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";

    private final Path launcher;
    private final Path home;
    private final Path workspace;

    StartupBench(Path launcher) throws IOException {
        this.launcher = launcher;
        this.home = Files.createTempDirectory("codeloop-bench-home-");
        this.workspace = Files.createTempDirectory("codeloop-bench-ws-");
        BenchHomes.writeOfflineConfig(home);
    }

    /** Milliseconds from spawning the process to reading the initialize response, per run. */
    Stats spawnToInitialize(int warmups, int runs) throws IOException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            long start = System.nanoTime();
            try (ServerUnderTest server = ServerUnderTest.spawn(launcher, home)) {
                server.send(INITIALIZE);
                server.readUntil("\"id\":0");
                double ms = (System.nanoTime() - start) / 1e6;
                if (i >= warmups) {
                    times.add(ms);
                }
            }
        }
        return Stats.of(times);
    }

    /** VmHWM in MiB after initialize, initialized, thread/start and 3 s idle, per run. */
    Stats idleRss(int runs) throws IOException, InterruptedException {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (ServerUnderTest server = ServerUnderTest.spawn(launcher, home)) {
                server.send(INITIALIZE);
                server.readUntil("\"id\":0");
                server.send("{\"method\":\"initialized\"}");
                server.send("{\"id\":1,\"method\":\"thread/start\",\"params\":{\"cwd\":\"" + workspace + "\"}}");
                server.readUntil("\"id\":1");
                Thread.sleep(3000);
                values.add(server.peakRssMiB());
            }
        }
        return Stats.of(values);
    }
}
