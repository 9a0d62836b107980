package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Codeloop homes for benchmarks that never reach a model. */
final class BenchHomes {

    private BenchHomes() {
    }

    /** A config whose provider points at a closed loopback port (discard, 9): nothing can leave the machine. */
    static void writeOfflineConfig(Path home) throws IOException {
        Files.writeString(home.resolve("config.toml"), """
                model = "gpt-5.5"
                model_provider = "bench"
                [model_providers.bench]
                name = "bench"
                base_url = "http://127.0.0.1:9/v1"
                env_key = "CODELOOP_BENCH_API_KEY"
                """);
    }
}
