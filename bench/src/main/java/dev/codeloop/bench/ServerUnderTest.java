package dev.codeloop.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code bin/codeloop app-server} as users run it, spawned with a temp CODELOOP_HOME. */
final class ServerUnderTest implements AutoCloseable {

    final Process process;
    private final OutputStream stdin;
    private final BufferedReader stdout;

    private ServerUnderTest(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ServerUnderTest spawn(Path launcher, Path home) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "app-server"))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("CODELOOP_HOME", home.toString());
        builder.environment().put("CODELOOP_BENCH_API_KEY", "bench");
        return new ServerUnderTest(builder.start());
    }

    void send(String json) throws IOException {
        stdin.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    String readLine() throws IOException {
        String line = stdout.readLine();
        if (line == null) {
            throw new IOException("server closed stdout");
        }
        return line;
    }

    /** Reads lines until one contains {@code marker}. */
    String readUntil(String marker) throws IOException {
        String line;
        do {
            line = readLine();
        } while (!line.contains(marker));
        return line;
    }

    /** Peak resident memory (VmHWM) of the server process in MiB. */
    double peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IOException("no VmHWM for pid " + process.pid());
    }

    @Override
    public void close() throws IOException {
        stdin.close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
