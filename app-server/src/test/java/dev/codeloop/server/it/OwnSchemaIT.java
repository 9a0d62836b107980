package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.HttpError;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import dev.codeloop.testkit.rpc.Transcript;
import dev.codeloop.testkit.schema.CodeloopSchema;
import dev.codeloop.testkit.schema.SchemaViolation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Our real server's messages, both ways, validate against our own checked-in schema
 * ({@code protocol-schema/schema/json}); {@link ServerFixture} checks them against Codex's too. One session
 * exercises every stable method: approvals, a patch, a plan, a retried model error, and the thread methods.
 *
 * <p>With {@code -Dcodeloop.record.transcripts=true} the session's transcript is written to
 * {@code protocol-schema/src/test/resources/codeloop-transcripts/}, the fixtures of protocol-schema's
 * conformance test (re-record after protocol changes:
 * {@code mvn -q -pl app-server -am verify -Dit.test=OwnSchemaIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcodeloop.record.transcripts=true}).
 */
class OwnSchemaIT {

    private static final Path SCHEMA = Path.of("..", "protocol-schema", "schema", "json");
    private static final Path RECORDINGS = Path.of("..", "protocol-schema", "src", "test", "resources",
            "codeloop-transcripts");
    /** Experimental methods are not in the stable schema (ServerFixture.OUR_EXTENSIONS lists the same). */
    private static final List<String> EXPERIMENTAL = List.of("thread/rollback");
    private static final String TOUCH = Json.compact(Json.object("command", "touch created_by_agent.txt"));
    private static final String PATCH = """
            *** Begin Patch
            *** Add File: NOTES.md
            +# Notes
            *** End Patch
            """;

    @Test
    void aSessionOverEveryStableMethodMatchesOurSchema() throws Exception {
        CodeloopSchema ours = CodeloopSchema.in(SCHEMA).allowingExtensions(EXPERIMENTAL);
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        try (ServerFixture f = ServerFixture.start(4, 5, "approval_policy = \"untrusted\"\n"
                + "sandbox_mode = \"workspace-write\"")) {
            f.server.onEveryServerMessage(m -> record(violations, m.json(),
                    ours.validateServerMessage(m.json(), m.requestMethod())));
            f.initialized();
            String threadId = f.startThread();

            f.model.enqueue(Sse.response("resp_1").reasoning("rs_1", "Creating ", "a file")
                    .functionCall("call_exec_1", "shell_command", TOUCH)
                    .completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Created.").completed());
            f.sendTurn(threadId, "Create a file.");
            approve(f, "item/commandExecution/requestApproval", "accept");

            f.model.enqueue(Sse.response("resp_3").customToolCall("call_patch_1", "apply_patch", PATCH).completed());
            f.model.enqueue(Sse.response("resp_4").message("msg_2", "Added notes.").completed());
            f.sendTurn(threadId, "Add notes.");
            approve(f, "item/fileChange/requestApproval", "accept");

            String plan = Json.compact(Json.object("explanation", "One step.", "plan",
                    List.of(Map.of("step", "Plan", "status", "in_progress"))));
            f.model.enqueue(HttpError.status(429).header("Retry-After", "1"));
            f.model.enqueue(Sse.response("resp_5").functionCall("call_plan_1", "update_plan", plan).completed());
            f.model.enqueue(Sse.response("resp_6").message("msg_3", "Planned.").completed());
            f.runTurn(threadId, "Plan it.");

            f.server.requestResult("thread/read", Json.object("threadId", threadId, "includeTurns", true));
            f.server.requestResult("thread/list", Json.object("limit", 10));
            f.server.requestResult("thread/loaded/list", Json.object());
            f.server.requestResult("thread/name/set", Json.object("threadId", threadId, "name", "Schema session"));
            JsonNode fork = f.server.requestResult("thread/fork", Json.object("threadId", threadId));
            String forkId = fork.at("/thread/id").stringValue();
            f.server.requestResult("thread/rollback", Json.object("threadId", forkId, "numTurns", 1));
            f.server.requestResult("thread/unsubscribe", Json.object("threadId", forkId));
            f.server.requestResult("thread/archive", Json.object("threadId", forkId));
            f.server.requestResult("thread/unarchive", Json.object("threadId", forkId));
            f.server.requestResult("thread/resume", Json.object("threadId", forkId));
            f.call("turn/interrupt", Json.object("threadId", threadId, "turnId", "no-such-turn"));

            List<Transcript.Entry> entries = f.server.transcript().entries();
            checkClientMessages(ours, entries, violations);
            if (Boolean.getBoolean("codeloop.record.transcripts")) {
                Files.createDirectories(RECORDINGS);
                f.server.transcript().writeJsonl(RECORDINGS.resolve("session.jsonl"));
            }
            assertTrue(entries.size() > 60, "a short session: " + entries.size() + " messages");
        }
        assertEquals(List.of(), violations, "messages that do not match our schema");
    }

    private static void approve(ServerFixture f, String method, String decision) {
        JsonNode request = f.server.awaitServerRequest(method);
        f.server.respond(request.get("id"), Json.object("decision", decision));
        f.server.collectUntil(Messages.isNotification("turn/completed"));
    }

    /** Client messages, responses paired with the server request they answer. */
    private static void checkClientMessages(CodeloopSchema ours, List<Transcript.Entry> entries,
                                            List<String> violations) {
        Map<String, String> serverRequests = new HashMap<>();
        for (Transcript.Entry entry : entries) {
            JsonNode json = entry.json();
            if (json == null || entry.dir() == Transcript.Direction.NOTE) {
                continue;
            }
            if (entry.dir() == Transcript.Direction.S2C) {
                if (json.has("method") && json.has("id")) {
                    serverRequests.put(json.get("id").toString(), json.get("method").stringValue());
                }
                continue;
            }
            String answers = json.has("method") ? null : serverRequests.get(json.path("id").toString());
            record(violations, json, ours.validateClientMessage(json, answers));
        }
    }

    private static void record(List<String> out, JsonNode message, List<SchemaViolation> violations) {
        if (!violations.isEmpty()) {
            out.add(violations + " in " + message);
        }
    }
}
