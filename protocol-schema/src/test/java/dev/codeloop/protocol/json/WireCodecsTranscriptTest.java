package dev.codeloop.protocol.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.json.JsonTrees;
import dev.codeloop.protocol.MethodDescriptor;
import dev.codeloop.protocol.Methods;
import dev.codeloop.testkit.schema.CodexTranscript;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The recorded conversations: every params and result of a method we implement, in our own recorded session
 * ({@code codeloop-transcripts/}) and in the golden transcripts of the real Codex app server (testkit), reads as
 * databind reads it and is written again byte for byte as databind writes it.
 */
class WireCodecsTranscriptTest {

    private final List<String> failures = new ArrayList<>();
    private final Set<String> covered = new TreeSet<>();
    private int checked;

    @Test
    void ourRecordedSessionReadsAndWritesLikeDatabind() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/codeloop-transcripts/session.jsonl")) {
            text = new String(Objects.requireNonNull(in, "session.jsonl").readAllBytes(), UTF_8);
        }
        Map<String, String> clientRequests = new HashMap<>();
        Map<String, String> serverRequests = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JsonTrees.read(line);
            String dir = record.path("dir").asString();
            JsonNode msg = record.path("msg");
            if (!msg.isObject()) {
                continue;
            }
            Map<String, String> own = dir.equals("s2c") ? serverRequests : clientRequests;
            Map<String, String> peer = dir.equals("s2c") ? clientRequests : serverRequests;
            String answers = null;
            if (msg.has("id")) {
                String id = JsonTrees.toString(msg.get("id"));
                if (msg.has("method")) {
                    own.put(id, msg.get("method").asString());
                } else {
                    answers = peer.get(id);
                }
            }
            check("session " + dir, msg, answers);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked >= 60, "only " + checked + " messages checked");
        assertTrue(covered.containsAll(Set.of("initialize", "thread/start", "turn/start", "item/completed",
                "item/commandExecution/requestApproval", "turn/completed")), "covered only " + covered);
    }

    @Test
    void codexGoldenTranscriptsReadAndWriteLikeDatabind() {
        for (String name : CodexTranscript.names()) {
            for (CodexTranscript.Entry entry : CodexTranscript.load(name).entries()) {
                if ((entry.fromClient() || entry.fromServer()) && entry.msg().isObject()) {
                    check(name + " " + entry.dir(), entry.msg(), entry.answersMethod());
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failure(s):\n" + String.join("\n", failures));
        assertTrue(checked > 200, "only " + checked + " messages checked");
        assertTrue(covered.containsAll(Set.of("initialize", "thread/start", "thread/resume", "turn/start",
                "item/started", "item/completed", "item/commandExecution/requestApproval",
                "item/fileChange/requestApproval", "error", "thread/tokenUsage/updated")), "covered only " + covered);
    }

    private void check(String where, JsonNode msg, String answers) {
        String methodName = msg.has("method") ? msg.get("method").asString() : answers;
        MethodDescriptor<?, ?> method = methodName == null ? null : Methods.byName(methodName).orElse(null);
        if (method == null || msg.has("error")) {
            return; // a Codex method we do not implement, or an error response
        }
        boolean response = !msg.has("method");
        Class<?> type = response ? method.resultType() : method.paramsType();
        JsonNode payload = msg.get(response ? "result" : "params");
        if (type == Void.class || payload == null) {
            return;
        }
        checked++;
        covered.add(method.name());
        String label = where + " " + method.name() + (response ? " result" : " params") + ": ";
        Object theirs;
        try {
            theirs = Databind.MAPPER.treeToValue(payload, type);
        } catch (JacksonException e) {
            try {
                WireCodecs.read(type, payload);
                failures.add(label + "databind fails (" + e.getOriginalMessage() + "), we do not");
            } catch (WireFormatException expected) {
                // both refuse
            }
            return;
        }
        try {
            Object ours = WireCodecs.read(type, payload);
            if (!Objects.equals(theirs, ours)) {
                failures.add(label + "read differs\n    databind: " + theirs + "\n    ours:     " + ours);
                return;
            }
            String expected = Databind.MAPPER.writeValueAsString(theirs);
            String actual = new String(WireCodecs.toBytes(ours), UTF_8);
            if (!expected.equals(actual)) {
                failures.add(label + "written JSON differs\n    databind: " + expected + "\n    ours:     " + actual);
            }
        } catch (WireFormatException e) {
            failures.add(label + "we refuse what databind reads: " + e.getMessage());
        }
    }
}
