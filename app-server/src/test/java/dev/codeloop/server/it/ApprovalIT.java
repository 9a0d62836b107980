package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Command approvals: the client decides, mid-turn, over the same connection. */
class ApprovalIT {

    private static final String TOUCH = Json.compact(Json.object("command", "touch created_by_agent.txt"));

    private static ServerFixture untrusted() {
        return ServerFixture.start(0, 0, "approval_policy = \"untrusted\"\nsandbox_mode = \"workspace-write\"")
                .initialized();
    }

    private static void scriptTouchThenAnswer(ServerFixture f, String answer) {
        f.model.enqueue(Sse.response("resp_1").functionCall("call_exec_1", "shell_command", TOUCH).completed());
        f.model.enqueue(Sse.response("resp_2").message("msg_1", "Done: ", answer + ".").completed());
    }

    @Test
    void acceptedCommandRunsAndFollowsCodexOrder() throws Exception {
        try (ServerFixture f = untrusted()) {
            scriptTouchThenAnswer(f, "accept");
            String threadId = f.startThread();
            long turnStart = f.sendTurn(threadId, "Create a file named created_by_agent.txt.");

            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            JsonNode params = request.get("params");
            assertEquals(threadId, params.get("threadId").stringValue());
            assertEquals("call_exec_1", params.get("itemId").stringValue());
            assertEquals("/bin/bash -lc 'touch created_by_agent.txt'", params.get("command").stringValue());
            assertEquals(f.workspace.toString(), params.get("cwd").stringValue());
            assertEquals("unknown", params.at("/commandActions/0/type").stringValue());
            assertTrue(request.get("id").isIntegralNumber());
            assertFalse(Files.exists(f.workspace.resolve("created_by_agent.txt")), "nothing runs before the answer");

            List<JsonNode> head = f.messagesBefore(request);
            f.server.respond(request.get("id"), Json.object("decision", "accept"));
            List<JsonNode> turn = f.turnFrom(turnStart, head, f.server.collectUntil(
                    Messages.isNotification("turn/completed")));
            assertTrue(Files.exists(f.workspace.resolve("created_by_agent.txt")));
            // Codex tracks only apply_patch edits; we also report what commands change (here: a new file).
            List<String> ours = Sequences.normalize(turn).stream().filter(l -> !l.equals("turn/diff/updated")).toList();
            assertEquals(Sequences.codexTurn("c_approval_accept", 0), ours);
            String diff = ServerFixture.withMethod(turn, "turn/diff/updated").get(0).at("/params/diff").stringValue();
            assertTrue(diff.contains("diff --git a/created_by_agent.txt b/created_by_agent.txt"), diff);
        }
    }

    @Test
    void declinedCommandIsReportedToModelAndTurnContinues() throws Exception {
        try (ServerFixture f = untrusted()) {
            scriptTouchThenAnswer(f, "decline");
            String threadId = f.startThread();
            f.sendTurn(threadId, "Create a file named created_by_agent.txt.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            f.server.respond(request.get("id"), Json.object("decision", "decline"));
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));

            assertEquals(List.of("serverRequest/resolved", "item/completed", "thread/status/changed"),
                    Sequences.normalize(rest).subList(0, 3));
            assertEquals("declined", rest.get(1).at("/params/item/status").stringValue());
            assertEquals("completed", rest.get(rest.size() - 1).at("/params/turn/status").stringValue());
            assertFalse(Files.exists(f.workspace.resolve("created_by_agent.txt")));
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            assertTrue(input.get(input.size() - 1).get("output").stringValue().contains("declined"),
                    input.get(input.size() - 1).toString());
        }
    }

    @Test
    void acceptForSessionIsRememberedForTheSameCommand() throws Exception {
        try (ServerFixture f = untrusted()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command", TOUCH).completed());
            f.model.enqueue(Sse.response("resp_2").functionCall("call_2", "shell_command", TOUCH).completed());
            f.model.enqueue(Sse.response("resp_3").message("msg_1", "Twice.").completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Touch it twice.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            f.server.respond(request.get("id"), Json.object("decision", "acceptForSession"));
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));

            assertFalse(rest.stream().anyMatch(Messages.isServerRequest("item/commandExecution/requestApproval")));
            long commandsCompleted = ServerFixture.withMethod(rest, "item/completed").stream()
                    .filter(m -> m.at("/params/item/type").stringValue().equals("commandExecution"))
                    .filter(m -> m.at("/params/item/status").stringValue().equals("completed")).count();
            assertEquals(2, commandsCompleted);
        }
    }

    @Test
    void cancelDeclinesAndInterruptsTheTurn() throws Exception {
        try (ServerFixture f = untrusted()) {
            scriptTouchThenAnswer(f, "never sent");
            String threadId = f.startThread();
            f.sendTurn(threadId, "Create a file.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            f.server.respond(request.get("id"), Json.object("decision", "cancel"));
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));

            assertEquals("interrupted", rest.get(rest.size() - 1).at("/params/turn/status").stringValue());
            assertEquals("declined", ServerFixture.withMethod(rest, "item/completed").get(0)
                    .at("/params/item/status").stringValue());
            assertEquals(1, f.model.requestCount(), "the model is not asked again after cancel");
        }
    }

    @Test
    void errorAnswerCountsAsDecline() throws Exception {
        try (ServerFixture f = untrusted()) {
            scriptTouchThenAnswer(f, "error");
            String threadId = f.startThread();
            f.sendTurn(threadId, "Create a file.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            f.server.respondError(request.get("id"), -32000, "the user closed the dialog");
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertEquals("serverRequest/resolved", Messages.label(rest.get(0)));
            assertEquals("declined", ServerFixture.withMethod(rest, "item/completed").get(0)
                    .at("/params/item/status").stringValue());
            assertEquals("completed", rest.get(rest.size() - 1).at("/params/turn/status").stringValue());
        }
    }

    @Test
    void interruptWhileWaitingResolvesTheRequest() throws Exception {
        try (ServerFixture f = untrusted()) {
            scriptTouchThenAnswer(f, "never sent");
            String threadId = f.startThread();
            long turnStart = f.sendTurn(threadId, "Create a file.");
            String turnId = f.server.awaitResponse(turnStart).at("/result/turn/id").stringValue();
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");

            f.server.send("turn/interrupt", Json.object("threadId", threadId, "turnId", turnId));
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));
            JsonNode resolved = rest.stream().filter(Messages.isNotification("serverRequest/resolved")).findFirst()
                    .orElseThrow();
            assertEquals(request.get("id").asInt(), resolved.at("/params/requestId").asInt());
            assertEquals("interrupted", rest.get(rest.size() - 1).at("/params/turn/status").stringValue());
            assertFalse(Files.exists(f.workspace.resolve("created_by_agent.txt")));

            // A late answer is ignored and the server still serves.
            f.server.respond(request.get("id"), Json.object("decision", "accept"));
            f.model.enqueue(Sse.response("resp_x").message("msg_x", "Fine.").completed());
            f.model.enqueue(Sse.response("resp_y").message("msg_y", "Fine.").completed());
            List<JsonNode> next = f.runTurn(threadId, "Never mind.");
            assertEquals("completed", next.get(next.size() - 1).at("/params/turn/status").stringValue());
            assertFalse(Files.exists(f.workspace.resolve("created_by_agent.txt")));
        }
    }

    @Test
    void knownSafeCommandsRunWithoutAskingUnderUntrusted() throws Exception {
        try (ServerFixture f = untrusted()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", "ls -la && cat README.md | head -5"))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Read it.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Look around.");
            assertFalse(turn.stream().anyMatch(Messages.isServerRequest("item/commandExecution/requestApproval")));
            JsonNode command = ServerFixture.withMethod(turn, "item/completed").get(1).at("/params/item");
            assertEquals("completed", command.get("status").stringValue());
            assertEquals("listFiles", command.at("/commandActions/0/type").stringValue());
            assertEquals("read", command.at("/commandActions/1/type").stringValue());
        }
    }

    @Test
    void escalationUnderOnRequestAsksWithTheJustification() throws Exception {
        try (ServerFixture f = ServerFixture.start(0, 0, "approval_policy = \"on-request\"").initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_exec_1", "shell_command",
                    Json.compact(Json.object("command", "touch created_by_agent.txt",
                            "sandbox_permissions", "require_escalated",
                            "justification", "Allow creating a file outside the sandbox?"))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Done: ", "accept.").completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Create a file named created_by_agent.txt.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            assertEquals("Allow creating a file outside the sandbox?", request.at("/params/reason").stringValue());
            f.server.respond(request.get("id"), Json.object("decision", "accept"));
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertEquals("completed", rest.get(rest.size() - 1).at("/params/turn/status").stringValue());
            assertTrue(Files.exists(f.workspace.resolve("created_by_agent.txt")));
        }
    }

    @Test
    void destructiveCommandAsksUnderOnRequestAndIsRefusedUnderNever() throws Exception {
        String rm = Json.compact(Json.object("command", "rm -rf build"));
        try (ServerFixture f = ServerFixture.start(0, 0, "approval_policy = \"on-request\"").initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command", rm).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "OK.").completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Clean up.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            f.server.respond(request.get("id"), Json.object("decision", "decline"));
            f.server.collectUntil(Messages.isNotification("turn/completed"));
        }
        try (ServerFixture f = ServerFixture.start(0, 0, "approval_policy = \"never\"").initialized()) {
            Files.createDirectories(f.workspace.resolve("build"));
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command", rm).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "OK.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Clean up.");
            assertFalse(turn.stream().anyMatch(Messages.isServerRequest("item/commandExecution/requestApproval")));
            assertTrue(Files.isDirectory(f.workspace.resolve("build")), "never runs a refused command");
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            assertTrue(input.get(input.size() - 1).get("output").stringValue().contains("approval policy"),
                    input.get(input.size() - 1).toString());
        }
    }

    @Test
    void neverPolicyRunsWithoutAsking() throws Exception {
        try (ServerFixture f = ServerFixture.start(0, 0,
                "approval_policy = \"never\"\nsandbox_mode = \"workspace-write\"").initialized()) {
            scriptTouchThenAnswer(f, "ran");
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Create a file.");
            assertFalse(turn.stream().anyMatch(Messages.isServerRequest("item/commandExecution/requestApproval")));
            assertTrue(Files.exists(f.workspace.resolve("created_by_agent.txt")));
        }
    }


    @Test
    void turnStartCanTightenThePolicyForLaterTurns() throws Exception {
        try (ServerFixture f = ServerFixture.start(0, 0, "approval_policy = \"never\"").initialized()) {
            scriptTouchThenAnswer(f, "asked");
            String threadId = f.startThread();
            f.server.send("turn/start", Json.object("threadId", threadId, "approvalPolicy", "untrusted",
                    "input", List.of(java.util.Map.of("type", "text", "text", "Create a file."))));
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            f.server.respond(request.get("id"), Json.object("decision", "decline"));
            f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertFalse(Files.exists(f.workspace.resolve("created_by_agent.txt")));
        }
    }

    @Test
    void declineAndEscalationFollowCodexOrder() throws Exception {
        try (ServerFixture f = untrusted()) {
            scriptTouchThenAnswer(f, "decline");
            String threadId = f.startThread();
            long turnStart = f.sendTurn(threadId, "Create a file named created_by_agent.txt.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            List<JsonNode> head = f.messagesBefore(request);
            f.server.respond(request.get("id"), Json.object("decision", "decline"));
            List<JsonNode> turn = f.turnFrom(turnStart, head,
                    f.server.collectUntil(Messages.isNotification("turn/completed")));
            assertEquals(Sequences.codexTurn("c_approval_decline", 0), Sequences.normalize(turn));
        }
        try (ServerFixture f = ServerFixture.start(0, 0, "approval_policy = \"on-request\"").initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_exec_1", "shell_command",
                    Json.compact(Json.object("command", "true", "sandbox_permissions", "require_escalated",
                            "justification", "Needs it."))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Done: ", "accept.").completed());
            String threadId = f.startThread();
            long turnStart = f.sendTurn(threadId, "Create a file named created_by_agent.txt.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            List<JsonNode> head = f.messagesBefore(request);
            f.server.respond(request.get("id"), Json.object("decision", "accept"));
            List<JsonNode> turn = f.turnFrom(turnStart, head,
                    f.server.collectUntil(Messages.isNotification("turn/completed")));
            assertEquals(Sequences.codexTurn("c_approval_escalated_onrequest", 0), Sequences.normalize(turn));
        }
    }

    @Test
    void clientGoingAwayWhileWaitingEndsTheServerCleanly() throws Exception {
        try (ServerFixture f = untrusted()) {
            scriptTouchThenAnswer(f, "never sent");
            String threadId = f.startThread();
            f.sendTurn(threadId, "Create a file.");
            f.server.awaitServerRequest("item/commandExecution/requestApproval");
            f.server.closeStdin();
            assertEquals(0, f.server.awaitExit(Duration.ofSeconds(10)));
            List<String> labels = Messages.labels(f.server.unread());
            assertTrue(labels.contains("serverRequest/resolved") && labels.contains("turn/completed"), labels.toString());
            assertFalse(Files.exists(f.workspace.resolve("created_by_agent.txt")));
        }
    }
}
