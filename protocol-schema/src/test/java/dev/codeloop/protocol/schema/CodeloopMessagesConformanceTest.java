package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.schema.CodeloopSchema;
import dev.codeloop.testkit.schema.CodexSchema;
import dev.codeloop.testkit.schema.SchemaViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conformance, Codeloop → Codex: messages recorded from our real server ({@code codeloop-transcripts/}, see its
 * {@code ORIGIN.md}) validate against Codex's 0.169.0 schema (with the {@link KnownCodexDifferences} only) and
 * against our own schema, stable (experimental methods excepted) and experimental, in both directions.
 */
class CodeloopMessagesConformanceTest {

    private static final List<String> FIXTURES = List.of("session");

    @Test
    void ourRecordedMessagesValidateAgainstCodexAndOurSchema() throws IOException {
        Path experimentalDir = Files.createDirectories(Path.of("target", "schema-experimental"));
        SchemaGenerator.generate(ProtocolSurface.EXPERIMENTAL).writeTo(experimentalDir);
        CodexSchema codex = CodexSchema.reference().allowingExtensions(KnownCodexDifferences.EXTENSION_METHODS);
        CodeloopSchema stable = CodeloopSchema.in(CheckedInSchema.JSON)
                .allowingExtensions(KnownCodexDifferences.EXTENSION_METHODS);
        CodeloopSchema experimental = CodeloopSchema.in(experimentalDir);

        List<String> failures = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (String fixture : FIXTURES) {
            for (Line line : read(fixture)) {
                String method = line.msg.has("method") ? line.msg.get("method").asString() : line.answers;
                covered.add(method);
                boolean server = line.dir.equals("s2c");
                check(failures, fixture, "Codex", line, server
                        ? codex.validateServerMessage(line.msg, line.answers)
                        : codex.validateClientMessage(line.msg, line.answers));
                check(failures, fixture, "stable", line, server
                        ? stable.validateServerMessage(line.msg, line.answers)
                        : stable.validateClientMessage(line.msg, line.answers));
                check(failures, fixture, "experimental", line, server
                        ? experimental.validateServerMessage(line.msg, line.answers)
                        : experimental.validateClientMessage(line.msg, line.answers));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        Set<String> stableMethods = new TreeSet<>();
        ProtocolSurface.STABLE.methods().forEach(m -> stableMethods.add(m.name()));
        stableMethods.removeAll(Set.of("configWarning", "warning", "item/commandExecution/outputDelta"));
        stableMethods.removeAll(covered);
        assertTrue(stableMethods.isEmpty(), "stable methods missing from the fixtures: " + stableMethods);
    }

    private static void check(List<String> failures, String fixture, String schema, Line line,
                              List<SchemaViolation> violations) {
        List<SchemaViolation> unexpected = violations.stream()
                .filter(v -> !KnownCodexDifferences.isOnFailurePolicy(line.msg, v)).toList();
        if (!unexpected.isEmpty()) {
            failures.add(fixture + " " + line.dir + " against " + schema + ": " + unexpected + "\n    " + line.msg);
        }
    }

    private record Line(String dir, JsonNode msg, String answers) {
    }

    /** The recorded messages, each response paired with the method of the request it answers. */
    private static List<Line> read(String fixture) throws IOException {
        String resource = "/codeloop-transcripts/" + fixture + ".jsonl";
        String text;
        try (InputStream in = CodeloopMessagesConformanceTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing fixture " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> clientRequests = new HashMap<>();
        Map<String, String> serverRequests = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            if (raw.isBlank()) {
                continue;
            }
            JsonNode record = JsonMapper.shared().readTree(raw);
            String dir = record.path("dir").asString();
            JsonNode msg = record.path("msg");
            if (dir.equals("note") || !msg.isObject()) {
                continue;
            }
            Map<String, String> own = dir.equals("s2c") ? serverRequests : clientRequests;
            Map<String, String> peer = dir.equals("s2c") ? clientRequests : serverRequests;
            String answers = null;
            if (msg.has("id")) {
                if (msg.has("method")) {
                    own.put(msg.get("id").toString(), msg.get("method").asString());
                } else {
                    answers = peer.get(msg.get("id").toString());
                }
            }
            lines.add(new Line(dir, msg, answers));
        }
        return lines;
    }
}
