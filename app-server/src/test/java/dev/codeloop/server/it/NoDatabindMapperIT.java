package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.jvm.ClassLoadLog;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The server never builds a databind mapper: some 1,400 classes, a third of its idle memory. A whole session
 * (a turn with an approved command, a plan and a patch; the thread requests; bad params; an approval answer)
 * runs with class loading logged, and no mapper class may appear. The AOT cache is off: it would preload
 * whatever the build's training loaded and hide what the code itself loads.
 */
class NoDatabindMapperIT {

    @Test
    void aWholeSessionLoadsNoMapper() throws Exception {
        Path log = Files.createTempFile("codeloop-classes-", ".log");
        ScriptedModelServer model = ScriptedModelServer.start();
        String config = ServerFixture.config(model.baseUrl(), 0, 0,
                "approval_policy = \"untrusted\"\nsandbox_mode = \"workspace-write\"", 300_000);
        Map<String, String> env = Map.of("CODELOOP_AOT", "off",
                "CODELOOP_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        try (ServerFixture f = ServerFixture.startWith(model, config, env).initialized()) {
            String plan = Json.compact(Json.object("plan", List.of(Map.of("step", "Touch", "status", "completed"))));
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "update_plan", plan).completed());
            f.model.enqueue(Sse.response("resp_2").functionCall("call_2", "shell_command",
                    Json.compact(Json.object("command", "touch touched.txt"))).completed());
            f.model.enqueue(Sse.response("resp_3").customToolCall("call_3", "apply_patch",
                    "*** Begin Patch\n*** Add File: NOTES.md\n+# Notes\n*** End Patch\n").completed());
            f.model.enqueue(Sse.response("resp_4").message("msg_1", "Done ", "é ✓.").completed());

            String threadId = f.startThread();
            f.sendTurn(threadId, "Touch a file and write notes.");
            for (String approval : List.of("item/commandExecution/requestApproval",
                    "item/fileChange/requestApproval")) {
                JsonNode request = f.server.awaitServerRequest(approval);
                f.server.respond(request.get("id"), Json.object("decision", "accept"));
            }
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertEquals("completed", rest.get(rest.size() - 1).at("/params/turn/status").stringValue());
            assertTrue(Files.exists(f.workspace.resolve("touched.txt")));
            assertTrue(Files.exists(f.workspace.resolve("NOTES.md")));

            assertTrue(f.call("thread/read", Json.object("threadId", threadId, "includeTurns", true))
                    .at("/result/thread/turns/0/items").size() > 3);
            assertEquals(threadId, f.call("thread/list", Json.object()).at("/result/data/0/id").stringValue());
            assertEquals(-32602, f.call("turn/start", Json.object("threadId", threadId, "input", "hello"))
                    .at("/error/code").asInt());
        }
        String loaded = Files.readString(log);
        assertTrue(ClassLoadLog.loaded(loaded, "dev.codeloop.server.Main"), "the log covers the server's classes");
        assertTrue(ClassLoadLog.loaded(loaded, "tools.jackson.databind.node.ObjectNode"), "trees are still in use");
        assertEquals(List.of(), ClassLoadLog.databindMapperClasses(loaded), "mapper classes were loaded");
        Files.deleteIfExists(log);
    }
}
