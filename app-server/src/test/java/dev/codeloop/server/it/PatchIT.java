package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** apply_patch end to end: file changes, approvals, the turn diff. */
class PatchIT {

    static final String HELLO = "def greet(name):\n    return \"Hello, \" + name\n\n\nprint(greet(\"world\"))\n";

    static final String PATCH = """
            *** Begin Patch
            *** Add File: NOTES.md
            +# Notes
            +Edited by the fake model.
            *** Update File: hello.py
            @@ def greet(name):
            -    return "Hello, " + name
            +    return f"Hello, {name}!"
            *** End Patch
            """;

    private static ServerFixture server(String policy) throws Exception {
        ServerFixture f = ServerFixture.start(0, 0, "approval_policy = \"" + policy
                + "\"\nsandbox_mode = \"workspace-write\"").initialized();
        Files.writeString(f.workspace.resolve("hello.py"), HELLO);
        return f;
    }

    private static void scriptPatch(ServerFixture f, String patch) {
        f.model.enqueue(Sse.response("resp_1").customToolCall("call_patch_1", "apply_patch", patch).completed());
        f.model.enqueue(Sse.response("resp_2").message("msg_1", "Patched hello.py ", "and added NOTES.md.")
                .completed());
    }

    @Test
    void patchUnderNeverAppliesAndReportsTheTurnDiffLikeCodex() throws Exception {
        try (ServerFixture f = server("never")) {
            scriptPatch(f, PATCH);
            String threadId = f.startThread();

            List<JsonNode> turn = f.runTurn(threadId, "Use an f-string in greet() and add a NOTES.md.");

            assertEquals(Sequences.codexTurn("d_patch_never", 0), Sequences.normalize(turn));
            assertEquals("# Notes\nEdited by the fake model.\n", Files.readString(f.workspace.resolve("NOTES.md")));
            assertTrue(Files.readString(f.workspace.resolve("hello.py")).contains("return f\"Hello, {name}!\""));
            JsonNode item = ServerFixture.withMethod(turn, "item/completed").get(1).at("/params/item");
            assertEquals("fileChange", item.get("type").stringValue());
            assertEquals("call_patch_1", item.get("id").stringValue());
            assertEquals("completed", item.get("status").stringValue());
            JsonNode add = item.at("/changes/0");
            assertEquals(f.workspace.resolve("NOTES.md").toString(), add.get("path").stringValue());
            assertEquals("add", add.at("/kind/type").stringValue());
            assertEquals("# Notes\nEdited by the fake model.\n", add.get("diff").stringValue());
            JsonNode update = item.at("/changes/1");
            assertEquals("update", update.at("/kind/type").stringValue());
            assertTrue(update.get("diff").stringValue().contains("+    return f\"Hello, {name}!\""));
            String diff = ServerFixture.withMethod(turn, "turn/diff/updated").get(0).at("/params/diff").stringValue();
            assertTrue(diff.startsWith("diff --git a/NOTES.md b/NOTES.md\nnew file mode 100644\n"), diff);
            assertTrue(diff.contains("diff --git a/hello.py b/hello.py\n"), diff);

            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            JsonNode output = input.get(input.size() - 1);
            assertEquals("custom_tool_call_output", output.get("type").stringValue());
            assertTrue(output.get("output").stringValue().contains("Success. Updated the following files:\nA NOTES.md\nM hello.py"),
                    output.toString());
        }
    }

    @Test
    void untrustedAsksForThePatchAndAppliesItOnAccept() throws Exception {
        try (ServerFixture f = server("untrusted")) {
            scriptPatch(f, PATCH);
            String threadId = f.startThread();
            long turnStart = f.sendTurn(threadId, "Use an f-string in greet() and add a NOTES.md.");
            JsonNode request = f.server.awaitServerRequest("item/fileChange/requestApproval");
            assertEquals("call_patch_1", request.at("/params/itemId").stringValue());
            assertFalse(Files.exists(f.workspace.resolve("NOTES.md")), "nothing is written before the answer");
            List<JsonNode> head = f.messagesBefore(request);
            f.server.respond(request.get("id"), Json.object("decision", "accept"));
            List<JsonNode> turn = f.turnFrom(turnStart, head,
                    f.server.collectUntil(Messages.isNotification("turn/completed")));

            assertEquals(Sequences.codexTurn("d_patch_untrusted_accept", 0), Sequences.normalize(turn));
            assertTrue(Files.exists(f.workspace.resolve("NOTES.md")));
        }
    }

    @Test
    void declinedPatchChangesNothingAndSendsNoDiff() throws Exception {
        try (ServerFixture f = server("untrusted")) {
            scriptPatch(f, PATCH);
            String threadId = f.startThread();
            long turnStart = f.sendTurn(threadId, "Use an f-string in greet() and add a NOTES.md.");
            JsonNode request = f.server.awaitServerRequest("item/fileChange/requestApproval");
            List<JsonNode> head = f.messagesBefore(request);
            f.server.respond(request.get("id"), Json.object("decision", "decline"));
            List<JsonNode> turn = f.turnFrom(turnStart, head,
                    f.server.collectUntil(Messages.isNotification("turn/completed")));

            assertEquals(Sequences.codexTurn("d_patch_untrusted_decline", 0), Sequences.normalize(turn));
            assertFalse(Files.exists(f.workspace.resolve("NOTES.md")));
            assertEquals(HELLO, Files.readString(f.workspace.resolve("hello.py")));
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            assertTrue(input.get(input.size() - 1).get("output").stringValue().contains("rejected"));
        }
    }

    @Test
    void acceptForSessionCoversLaterPatchesToTheSameFiles() throws Exception {
        try (ServerFixture f = server("untrusted")) {
            String second = """
                    *** Begin Patch
                    *** Update File: hello.py
                    @@
                    -print(greet("world"))
                    +print(greet("Ada"))
                    *** End Patch
                    """;
            f.model.enqueue(Sse.response("resp_1").customToolCall("call_1", "apply_patch", PATCH).completed());
            f.model.enqueue(Sse.response("resp_2").customToolCall("call_2", "apply_patch", second).completed());
            f.model.enqueue(Sse.response("resp_3").message("msg_1", "Both applied.").completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Edit twice.");
            JsonNode request = f.server.awaitServerRequest("item/fileChange/requestApproval");
            f.server.respond(request.get("id"), Json.object("decision", "acceptForSession"));
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertFalse(rest.stream().anyMatch(Messages.isServerRequest("item/fileChange/requestApproval")));
            assertTrue(Files.readString(f.workspace.resolve("hello.py")).contains("greet(\"Ada\")"));
        }
    }

    @Test
    void fuzzyContextMatchesUnicodePunctuation() throws Exception {
        try (ServerFixture f = server("never")) {
            Files.writeString(f.workspace.resolve("quote.txt"), "He said “hello” – twice.\nEnd.\n");
            String patch = """
                    *** Begin Patch
                    *** Update File: quote.txt
                    -He said "hello" - twice.
                    +He said "goodbye" - once.
                    *** End Patch
                    """;
            scriptPatch(f, patch);
            String threadId = f.startThread();
            f.runTurn(threadId, "Change the quote.");
            assertEquals("He said \"goodbye\" - once.\nEnd.\n", Files.readString(f.workspace.resolve("quote.txt")));
        }
    }

    @Test
    void failingChunkWritesNothingAndTellsTheModelWhere() throws Exception {
        try (ServerFixture f = server("never")) {
            String patch = """
                    *** Begin Patch
                    *** Add File: NEW.md
                    +new
                    *** Update File: hello.py
                    @@
                    -this line is not in the file
                    +replacement
                    *** End Patch
                    """;
            scriptPatch(f, patch);
            String threadId = f.startThread();
            f.runTurn(threadId, "Break it.");
            assertFalse(Files.exists(f.workspace.resolve("NEW.md")), "all or nothing");
            assertEquals(HELLO, Files.readString(f.workspace.resolve("hello.py")));
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            String output = input.get(input.size() - 1).get("output").stringValue();
            assertTrue(output.contains("hello.py") && output.contains("this line is not in the file"), output);
        }
    }

    @Test
    void pathEscapingTheWorkspaceIsRefusedUnderNever() throws Exception {
        // The workspace is under /tmp, itself a writable root unless excluded.
        try (ServerFixture f = ServerFixture.start(0, 0, """
                approval_policy = "never"
                sandbox_mode = "workspace-write"
                [sandbox_workspace_write]
                exclude_slash_tmp = true
                """).initialized()) {
            Path outside = f.workspace.getParent().resolve("escaped-" + System.nanoTime() + ".txt");
            String patch = "*** Begin Patch\n*** Add File: ../" + outside.getFileName() + "\n+nope\n*** End Patch\n";
            scriptPatch(f, patch);
            String threadId = f.startThread();
            f.runTurn(threadId, "Escape.");
            assertFalse(Files.exists(outside));
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            String output = input.get(input.size() - 1).get("output").stringValue();
            assertTrue(output.contains(outside.getFileName().toString()), output);
        }
    }

    @Test
    void turnDiffAggregatesPatchesAndShellEdits() throws Exception {
        try (ServerFixture f = server("never")) {
            f.model.enqueue(Sse.response("resp_1").customToolCall("call_1", "apply_patch", PATCH).completed());
            f.model.enqueue(Sse.response("resp_2").functionCall("call_2", "shell_command",
                    Json.compact(Json.object("command", "sed -i 's/world/there/' hello.py && printf 'x\\n' > made.txt")))
                    .completed());
            f.model.enqueue(Sse.response("resp_3").message("msg_1", "Done.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Edit in two ways.");
            List<JsonNode> diffs = ServerFixture.withMethod(turn, "turn/diff/updated");
            String last = diffs.get(diffs.size() - 1).at("/params/diff").stringValue();
            assertTrue(last.contains("+    return f\"Hello, {name}!\""), last);
            assertTrue(last.contains("+print(greet(\"there\"))"), last);
            assertTrue(last.contains("diff --git a/made.txt b/made.txt\nnew file mode 100644"), last);
            assertTrue(last.contains("diff --git a/NOTES.md b/NOTES.md"), last);
        }
    }

    @Test
    void applyPatchThroughTheShellTakesTheSamePath() throws Exception {
        try (ServerFixture f = server("never")) {
            String script = "apply_patch <<'EOF'\n" + PATCH + "EOF\n";
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", script))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Done.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Patch via shell.");
            JsonNode item = ServerFixture.withMethod(turn, "item/completed").get(1).at("/params/item");
            assertEquals("fileChange", item.get("type").stringValue());
            assertTrue(Files.exists(f.workspace.resolve("NOTES.md")));
        }
    }

    @Test
    void jsonFunctionVariantForModelsWithoutCustomTools() throws Exception {
        try (ServerFixture f = ServerFixture.start(0, 0,
                "approval_policy = \"never\"\nsandbox_mode = \"workspace-write\"\napply_patch_tool_type = \"function\"")
                .initialized()) {
            Files.writeString(f.workspace.resolve("hello.py"), HELLO);
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "apply_patch",
                    Json.compact(Json.object("input", PATCH))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Done.").completed());
            String threadId = f.startThread();
            f.runTurn(threadId, "Patch.");
            JsonNode tools = f.model.takeRequest(Duration.ofSeconds(10)).body().get("tools");
            JsonNode applyPatch = java.util.stream.StreamSupport.stream(tools.spliterator(), false)
                    .filter(t -> "apply_patch".equals(t.path("name").stringValue())).findFirst().orElseThrow();
            assertEquals("function", applyPatch.get("type").stringValue());
            assertTrue(Files.exists(f.workspace.resolve("NOTES.md")));
        }
    }

    @Test
    void deleteAndMoveThroughTheServer() throws Exception {
        try (ServerFixture f = server("never")) {
            Files.writeString(f.workspace.resolve("old.txt"), "bye\n");
            String patch = """
                    *** Begin Patch
                    *** Delete File: old.txt
                    *** Update File: hello.py
                    *** Move to: src/greeter.py
                    @@
                    -print(greet("world"))
                    +print(greet("moved"))
                    *** End Patch
                    """;
            scriptPatch(f, patch);
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Reorganise.");

            assertFalse(Files.exists(f.workspace.resolve("old.txt")));
            assertFalse(Files.exists(f.workspace.resolve("hello.py")));
            assertTrue(Files.readString(f.workspace.resolve("src/greeter.py")).contains("greet(\"moved\")"));
            JsonNode item = ServerFixture.withMethod(turn, "item/completed").get(1).at("/params/item");
            assertEquals("delete", item.at("/changes/0/kind/type").stringValue());
            assertEquals("update", item.at("/changes/1/kind/type").stringValue());
            assertEquals(f.workspace.resolve("src/greeter.py").toString(),
                    item.at("/changes/1/kind/move_path").stringValue());
            String diff = ServerFixture.withMethod(turn, "turn/diff/updated").get(0).at("/params/diff").stringValue();
            assertTrue(diff.contains("rename from hello.py\nrename to src/greeter.py"), diff);
            assertTrue(diff.contains("diff --git a/old.txt b/old.txt\ndeleted file mode 100644"), diff);
        }
    }
}
