package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The experimental surface through the real server: a client that did not set
 * {@code capabilities.experimentalApi} is refused experimental methods and fields (as Codex does:
 * {@code -32600 "<descriptor> requires experimentalApi capability"}) and never receives experimental fields;
 * a client that opted in gets both.
 */
class ExperimentalApiIT {

    private static final String TOUCH = Json.compact(Json.object("command", "touch made.txt"));

    private static ServerFixture stableClient() {
        ServerFixture f = ServerFixture.start(0, 0, "approval_policy = \"untrusted\"\nsandbox_mode = \"danger-full-access\"");
        f.server.initialize(Json.object());
        return f;
    }

    private static ServerFixture experimentalClient() {
        return ServerFixture.start(0, 0, "approval_policy = \"untrusted\"\nsandbox_mode = \"danger-full-access\"")
                .initialized();
    }

    private static void assertRefused(JsonNode response, String descriptor) {
        assertEquals(-32600, response.at("/error/code").asInt(), response.toString());
        assertEquals(descriptor + " requires experimentalApi capability",
                response.at("/error/message").stringValue());
    }

    @Test
    void stableClientIsRefusedExperimentalMethodsAndFieldsAndKeepsServing() throws Exception {
        try (ServerFixture f = stableClient()) {
            String threadId = f.startThread();
            assertRefused(f.call("thread/rollback", Json.object("threadId", threadId, "numTurns", 1)),
                    "thread/rollback");
            assertRefused(f.call("thread/resume", Json.object("threadId", threadId, "path", "/tmp/x.jsonl")),
                    "thread/resume.path");
            // Unset (null) experimental fields are not a use of them.
            JsonNode resumed = f.call("thread/resume", Json.object("threadId", threadId, "path", null));
            assertEquals(threadId, resumed.at("/result/thread/id").stringValue(), resumed.toString());
        }
    }

    @Test
    void stableClientNeverSeesExperimentalFields() throws Exception {
        try (ServerFixture f = stableClient()) {
            JsonNode params = approvalRequestParams(f);
            assertFalse(params.has("availableDecisions"), params.toString());
            assertEquals("touch made.txt", params.at("/commandActions/0/command").stringValue());
        }
    }

    @Test
    void experimentalClientGetsTheExperimentalSurface() throws Exception {
        try (ServerFixture f = experimentalClient()) {
            JsonNode params = approvalRequestParams(f);
            List<String> decisions = new java.util.ArrayList<>();
            params.get("availableDecisions").forEach(d -> decisions.add(d.stringValue()));
            assertEquals(List.of("accept", "acceptForSession", "decline", "cancel"), decisions);

            String threadId = params.get("threadId").stringValue();
            String path = f.call("thread/read", Json.object("threadId", threadId)).at("/result/thread/path")
                    .stringValue();
            assertNotNull(path);
            JsonNode resumed = f.call("thread/resume", Json.object("path", path));
            assertEquals(threadId, resumed.at("/result/thread/id").stringValue(), resumed.toString());
            JsonNode notALog = f.call("thread/resume", Json.object("path", f.workspace.resolve("README.md").toString()));
            assertEquals(-32600, notALog.at("/error/code").asInt(), notALog.toString());
            assertTrue(notALog.at("/error/message").stringValue().contains("no thread log"));
        }
    }

    /** Runs a turn whose command needs approval; returns the request's params after declining it. */
    private static JsonNode approvalRequestParams(ServerFixture f) {
        f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command", TOUCH).completed());
        f.model.enqueue(Sse.response("resp_2").message("msg_1", "Declined.").completed());
        String threadId = f.startThread();
        f.sendTurn(threadId, "Touch a file.");
        JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
        f.server.respond(request.get("id"), Json.object("decision", "decline"));
        f.server.collectUntil(Messages.isNotification("turn/completed"));
        return request.get("params");
    }
}
