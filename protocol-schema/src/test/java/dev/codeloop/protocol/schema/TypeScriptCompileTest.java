package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated TypeScript type-checks with {@code tsc --strict} together with a small sample client
 * ({@code src/test/resources/typescript/sample-client.ts}). tsc comes from npm: the first run installs
 * {@value #TYPESCRIPT} into {@code target/tsc} (later runs reuse it). If it cannot be installed, the test fails.
 */
class TypeScriptCompileTest {

    static final String TYPESCRIPT = "typescript@5.9.3";
    private static final Path TSC_HOME = Path.of("target", "tsc");
    private static final Path TSC = TSC_HOME.resolve("node_modules/typescript/bin/tsc");

    @ParameterizedTest
    @EnumSource(ProtocolSurface.class)
    void generatedDeclarationsTypeCheckWithASampleClient(ProtocolSurface surface) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "ts-check", surface.name().toLowerCase()));
        TypeScriptGenerator.generate(surface).writeTo(dir);
        try (InputStream sample = getClass().getResourceAsStream("/typescript/sample-client.ts")) {
            Files.write(dir.resolve("sample-client.ts"), sample.readAllBytes());
        }
        Result tsc = run(List.of("node", installTsc().toAbsolutePath().toString(), "--noEmit", "--strict",
                "--target", "es2020", "--module", "commonjs", "index.ts", "sample-client.ts"), dir);
        assertEquals(0, tsc.exit, "tsc rejected the generated TypeScript in " + dir.toAbsolutePath() + ":\n"
                + tsc.output);
    }

    private static synchronized Path installTsc() throws Exception {
        if (Files.isRegularFile(TSC)) {
            return TSC;
        }
        Files.createDirectories(TSC_HOME);
        List<String> npm = List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                TSC_HOME.toAbsolutePath().toString(), TYPESCRIPT);
        Result install;
        try {
            install = run(npm, TSC_HOME);
        } catch (IOException e) {
            install = new Result(-1, e.toString());
        }
        if (install.exit != 0 || !Files.isRegularFile(TSC)) {
            fail("could not install " + TYPESCRIPT + " with npm (Node.js and the npm registry are needed to check"
                    + " the generated TypeScript): " + String.join(" ", npm) + "\nexit " + install.exit + "\n"
                    + install.output);
        }
        return TSC;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Path dir) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
