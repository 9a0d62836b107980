package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.schema.CodeloopSchema;
import dev.codeloop.testkit.schema.CodexTranscript;
import dev.codeloop.testkit.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Conformance, Codex → Codeloop: every message in the golden transcripts of the real Codex app server (0.169.0,
 * bundled in testkit under {@code codex-reference/transcripts/}, origin in its {@code ORIGIN.md}) whose method we
 * implement validates against our checked-in schema: client requests and notifications, server notifications and
 * requests, and responses (matched by id to their request's method) against the method's result type. So a
 * Codex client's messages are accepted by our schema, and our schema is never stricter than what Codex sends.
 */
class CodexMessagesConformanceTest {

    /** Methods the transcripts exercise that we must cover; guards against a test that checks nothing. */
    private static final Set<String> MUST_COVER = Set.of("initialize", "initialized", "thread/start", "thread/list",
            "thread/read", "thread/resume", "turn/start", "turn/interrupt", "thread/started", "thread/status/changed",
            "turn/started", "turn/completed", "item/started", "item/completed", "item/agentMessage/delta",
            "item/commandExecution/outputDelta", "thread/tokenUsage/updated", "turn/diff/updated", "error",
            "serverRequest/resolved", "item/commandExecution/requestApproval", "item/fileChange/requestApproval");

    @Test
    void codexTranscriptMessagesValidateAgainstOurSchema() {
        CodeloopSchema ours = CodeloopSchema.in(CheckedInSchema.JSON);
        List<String> failures = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        int checked = 0;
        for (String name : CodexTranscript.names()) {
            for (CodexTranscript.Entry entry : CodexTranscript.load(name).entries()) {
                if (!entry.fromClient() && !entry.fromServer()) {
                    continue;
                }
                String method = entry.msg().has("method") ? entry.msg().get("method").asString()
                        : entry.answersMethod();
                if (method == null || !ours.hasMethod(method) || entry.msg().has("error")) {
                    continue; // a Codex method we do not implement, or an error response
                }
                List<SchemaViolation> violations = entry.fromServer()
                        ? ours.validateServerMessage(entry.msg(), entry.answersMethod())
                        : ours.validateClientMessage(entry.msg(), entry.answersMethod());
                checked++;
                covered.add(method);
                if (!violations.isEmpty()) {
                    failures.add(name + " " + entry.dir() + " " + method + ": " + violations + "\n    " + entry.msg());
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " Codex message(s) rejected by our schema:\n  "
                + String.join("\n  ", failures));
        assertTrue(covered.containsAll(MUST_COVER), "methods not covered: "
                + MUST_COVER.stream().filter(m -> !covered.contains(m)).toList());
        assertTrue(checked > 200, "only " + checked + " messages checked");
    }
}
