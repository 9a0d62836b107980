package dev.codeloop.testkit.rpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every line that crossed the child's stdio, both ways, with timestamps. Thread-safe. Written in the same
 * {@code {"t","t_ns","dir","msg"}} JSONL format as the golden Codex transcripts, so the two can be compared.
 */
public final class Transcript {

    public enum Direction {
        /** client → server (we wrote it to stdin) */
        C2S("c2s"),
        /** server → client (read from stdout) */
        S2C("s2c"),
        /** a remark added by the test, or by the client about something it saw */
        NOTE("note");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param at   when the line was written or read
     * @param dir  which way it went
     * @param line the exact text (without the newline)
     * @param json the parsed message, or null if the line was not valid JSON (and for notes)
     */
    public record Entry(Instant at, Direction dir, String line, JsonNode json) {
    }

    private final Instant start = Instant.now();
    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Direction dir, String line, JsonNode json) {
        entries.add(new Entry(Instant.now(), dir, line, json));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The last {@code n} entries (fewer if there are not that many). */
    public synchronized List<Entry> tail(int n) {
        return List.copyOf(entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    /** Human-readable lines, {@code +123.4ms s2c {...}}, each cut to {@code maxChars}. */
    public String format(List<Entry> selection, int maxChars) {
        StringBuilder out = new StringBuilder();
        for (Entry e : selection) {
            double ms = Duration.between(start, e.at()).toNanos() / 1e6;
            String line = e.line().length() > maxChars ? e.line().substring(0, maxChars) + "…" : e.line();
            out.append(String.format("  %+10.1fms %-4s %s%n", ms, e.dir().label(), line));
        }
        return out.toString();
    }

    /** Writes the whole transcript as JSONL, one {@code {"t","t_ns","dir","msg"}} record per line. */
    public void writeJsonl(Path file) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries()) {
            long nanos = e.at().getEpochSecond() * 1_000_000_000L + e.at().getNano();
            ObjectNode record = Json.MAPPER.createObjectNode();
            record.put("t", nanos / 1e9);
            record.put("t_ns", nanos);
            record.put("dir", e.dir().label());
            if (e.json() != null) {
                record.set("msg", e.json());
            } else {
                record.put("msg", e.line());
            }
            out.append(Json.compact(record)).append('\n');
        }
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
