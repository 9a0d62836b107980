package dev.codeloop.testkit.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One golden transcript of the real Codex app server, read from {@code codex-reference/transcripts/} on the
 * classpath: every line that crossed stdio, in order.
 */
public final class CodexTranscript {

    static final String FOLDER = "codex-reference/transcripts/";

    /**
     * One recorded line.
     *
     * @param tNs           wall-clock time in nanoseconds since the epoch
     * @param dir           {@code c2s} (client to server), {@code s2c} (server to client) or {@code note}
     * @param msg           the JSON-RPC message (a plain string for notes)
     * @param answersMethod for a response or error response: the method of the request it answers (a client
     *                      request for {@code s2c} responses, a server request for {@code c2s} ones), else null
     */
    public record Entry(long tNs, String dir, JsonNode msg, String answersMethod) {
        public boolean fromServer() {
            return dir.equals("s2c");
        }

        public boolean fromClient() {
            return dir.equals("c2s");
        }
    }

    private final String name;
    private final List<Entry> entries;

    private CodexTranscript(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /** The scenario names, e.g. {@code a_plain}, sorted. */
    public static List<String> names() {
        URL url = CodexTranscript.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("no " + FOLDER + " on the classpath");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return namesIn(Path.of(uri));
            }
            // Resources packaged in a jar: list them through a zip file system, closed again afterwards.
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return namesIn(jar.getPath(FOLDER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CodexTranscript load(String name) {
        String resource = FOLDER + name + ".jsonl";
        InputStream in = CodexTranscript.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no transcript " + resource + " on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new CodexTranscript(name, parse(reader.lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> serverEntries() {
        return entries.stream().filter(Entry::fromServer).toList();
    }

    public List<Entry> clientEntries() {
        return entries.stream().filter(Entry::fromClient).toList();
    }

    /**
     * Parses the records and pairs each response with its request. Ids restart at 0 when a scenario restarts the
     * server (g_resume), so a later request simply replaces an earlier one with the same id.
     */
    private static List<Entry> parse(List<String> lines) {
        Map<String, String> clientRequests = new HashMap<>();
        Map<String, String> serverRequests = new HashMap<>();
        List<Entry> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JsonMapper.shared().readTree(line);
            String dir = record.path("dir").stringValue();
            JsonNode msg = record.path("msg");
            Map<String, String> ownRequests = dir.equals("s2c") ? serverRequests : clientRequests;
            Map<String, String> peerRequests = dir.equals("s2c") ? clientRequests : serverRequests;
            String answers = null;
            if (msg.isObject() && msg.has("id")) {
                String id = msg.get("id").toString();
                if (msg.has("method")) {
                    ownRequests.put(id, msg.get("method").stringValue());
                } else {
                    answers = peerRequests.get(id);
                }
            }
            out.add(new Entry(record.path("t_ns").asLong(), dir, msg, answers));
        }
        return out;
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".jsonl"))
                    .map(f -> f.substring(0, f.length() - ".jsonl".length()))
                    .sorted()
                    .toList();
        }
    }
}
