package dev.codeloop.testkit.rpc;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log folder of one server process ({@code stderr.log}, and {@code transcript.jsonl} once a failure is
 * reported) and the text of failure messages, which is what a developer reads when a protocol test fails.
 *
 * <p>The folder is created under the system property {@code codeloop.testkit.logDir}, or a {@code codeloop-testkit}
 * folder in the temp dir.
 */
final class ServerLogs {

    private static final int CONTEXT_LINES = 30;
    private static final int LINE_CHARS = 400;
    private static final int STDERR_TAIL_BYTES = 4000;

    private final Path dir;

    private ServerLogs(Path dir) {
        this.dir = dir;
    }

    static ServerLogs create() {
        String configured = System.getProperty("codeloop.testkit.logDir");
        Path base = configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "codeloop-testkit");
        try {
            Files.createDirectories(base);
            return new ServerLogs(Files.createTempDirectory(base, "app-server-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a log folder under " + base, e);
        }
    }

    Path dir() {
        return dir;
    }

    Path stderrFile() {
        return dir.resolve("stderr.log");
    }

    String stderr() {
        try {
            return Files.readString(stderrFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr not readable: " + e.getMessage() + ")";
        }
    }

    /**
     * The failure text: the headline, the process state, the last lines both ways, the stderr tail, and where the
     * full transcript was written.
     */
    String failureReport(String headline, Process process, Transcript transcript) {
        StringBuilder text = new StringBuilder(headline).append('\n');
        text.append("process ").append(process.pid()).append(": ")
                .append(process.isAlive() ? "running" : "exited with code " + process.exitValue()).append('\n');
        List<Transcript.Entry> all = transcript.entries();
        List<Transcript.Entry> tail = all.subList(Math.max(0, all.size() - CONTEXT_LINES), all.size());
        text.append("last ").append(tail.size()).append(" of ").append(all.size()).append(" transcript lines:\n")
                .append(transcript.format(tail, LINE_CHARS));
        text.append("stderr tail (").append(stderrFile()).append("):\n").append(indent(stderrTail()));
        try {
            Path file = dir.resolve("transcript.jsonl");
            transcript.writeJsonl(file);
            text.append("full transcript: ").append(file).append('\n');
        } catch (UncheckedIOException e) {
            text.append("(could not write the transcript: ").append(e.getMessage()).append(")\n");
        }
        return text.toString();
    }

    void delete() {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover log folder in the temp dir is harmless.
        }
    }

    private String stderrTail() {
        try (RandomAccessFile file = new RandomAccessFile(stderrFile().toFile(), "r")) {
            long start = Math.max(0, file.length() - STDERR_TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.isEmpty() ? "(empty)" : (start > 0 ? "…" : "") + text;
        } catch (IOException e) {
            return "(not readable: " + e.getMessage() + ")";
        }
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ") + '\n';
    }
}
