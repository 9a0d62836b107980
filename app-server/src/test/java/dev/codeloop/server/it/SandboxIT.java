package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.AppServerProcess;
import dev.codeloop.testkit.rpc.CodeloopHome;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import dev.codeloop.testkit.rpc.ServerLauncher;
import dev.codeloop.testkit.schema.CodexSchema;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Commands cannot touch what they were not given: real commands, really sandboxed by bubblewrap. */
class SandboxIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A directory that is not a writable root: outside the workspace and not under /tmp. */
    private static Path outsideDir() throws IOException {
        return Files.createTempDirectory(Path.of(System.getProperty("user.home")), "codeloop-outside-");
    }

    private static ServerFixture server(String approval, String sandbox, boolean network) {
        return ServerFixture.start(0, 0, """
                approval_policy = "%s"
                sandbox_mode = "%s"
                [sandbox_workspace_write]
                exclude_slash_tmp = true
                network_access = %s
                """.formatted(approval, sandbox, network)).initialized();
    }

    /** Runs one shell command as the model's tool call; returns the completed item and the model's view. */
    private static Outcome run(ServerFixture f, String threadId, String command) throws Exception {
        f.model.enqueue(Sse.response("resp_" + System.nanoTime()).functionCall("call_1", "shell_command",
                Json.compact(Json.object("command", command))).completed());
        f.model.enqueue(Sse.response("resp_" + System.nanoTime()).message("msg_1", "Done.").completed());
        List<JsonNode> turn = f.runTurn(threadId, "Run it.");
        JsonNode item = ServerFixture.withMethod(turn, "item/completed").stream().map(m -> m.at("/params/item"))
                .filter(i -> i.get("type").stringValue().equals("commandExecution")).findFirst().orElseThrow();
        f.model.takeRequest(WAIT);
        JsonNode input = f.model.takeRequest(WAIT).body().get("input");
        return new Outcome(item, input.get(input.size() - 1).get("output").stringValue(), turn);
    }

    private record Outcome(JsonNode item, String modelOutput, List<JsonNode> turn) {
        int exitCode() {
            return item.get("exitCode").asInt();
        }
    }

    @Test
    void workspaceWriteAllowsTheWorkspaceAndRefusesElsewhere() throws Exception {
        Path outside = outsideDir();
        try (ServerFixture f = server("never", "workspace-write", false)) {
            String threadId = f.startThread();
            Outcome inside = run(f, threadId, "echo hi > inside.txt && cat inside.txt");
            assertEquals(0, inside.exitCode(), inside.modelOutput());
            assertEquals("hi\n", Files.readString(f.workspace.resolve("inside.txt")));

            Outcome escape = run(f, threadId, "echo bad > " + outside.resolve("escaped.txt"));
            assertTrue(escape.exitCode() != 0);
            assertTrue(escape.item().get("aggregatedOutput").stringValue().contains("Read-only file system"),
                    escape.item().toString());
            assertFalse(Files.exists(outside.resolve("escaped.txt")));
            assertTrue(escape.modelOutput().contains("sandbox"), escape.modelOutput());
            List<JsonNode> warnings = ServerFixture.withMethod(escape.turn(), "warning");
            assertEquals(1, warnings.size(), escape.turn().toString());
            assertEquals(threadId, warnings.get(0).at("/params/threadId").stringValue());
            assertTrue(warnings.get(0).at("/params/message").stringValue().contains("sandbox"));
            assertTrue(ServerFixture.withMethod(inside.turn(), "warning").isEmpty());
        } finally {
            Files.deleteIfExists(outside.resolve("escaped.txt"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void gitDirectoryStaysReadOnlyInsideTheWorkspace() throws Exception {
        try (ServerFixture f = server("never", "workspace-write", false)) {
            Process init = new ProcessBuilder("git", "init", "-q", f.workspace.toString()).start();
            assertEquals(0, init.waitFor());
            String before = Files.readString(f.workspace.resolve(".git/config"));
            String threadId = f.startThread();
            Outcome write = run(f, threadId, "echo '[evil]' >> .git/config");
            assertTrue(write.exitCode() != 0);
            assertEquals(before, Files.readString(f.workspace.resolve(".git/config")));
            Outcome normal = run(f, threadId, "echo ok > file.txt");
            assertEquals(0, normal.exitCode());
        }
    }

    @Test
    void networkIsOffUnlessAllowed() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            byte[] body = "reachable".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        String fetch = "exec 3<>/dev/tcp/127.0.0.1/" + http.getAddress().getPort()
                + " && printf 'GET / HTTP/1.0\\r\\n\\r\\n' >&3 && cat <&3";
        try {
            try (ServerFixture f = server("never", "workspace-write", false)) {
                Outcome offline = run(f, f.startThread(), fetch);
                assertTrue(offline.exitCode() != 0, offline.modelOutput());
                assertFalse(offline.item().get("aggregatedOutput").stringValue().contains("reachable"));
            }
            try (ServerFixture f = server("never", "workspace-write", true)) {
                Outcome online = run(f, f.startThread(), fetch);
                assertEquals(0, online.exitCode(), online.modelOutput());
                assertTrue(online.item().get("aggregatedOutput").stringValue().contains("reachable"));
            }
        } finally {
            http.stop(0);
        }
    }

    @Test
    void readOnlyRefusesEveryWriteAndFullAccessAllowsThem() throws Exception {
        Path outside = outsideDir();
        try {
            try (ServerFixture f = server("never", "read-only", false)) {
                Outcome write = run(f, f.startThread(), "touch in-workspace.txt");
                assertTrue(write.exitCode() != 0);
                assertFalse(Files.exists(f.workspace.resolve("in-workspace.txt")));
                assertTrue(write.modelOutput().contains("read-only sandbox"), write.modelOutput());
            }
            try (ServerFixture f = server("never", "danger-full-access", false)) {
                Outcome write = run(f, f.startThread(), "touch " + outside.resolve("anywhere.txt"));
                assertEquals(0, write.exitCode());
                assertTrue(Files.exists(outside.resolve("anywhere.txt")));
            }
        } finally {
            Files.deleteIfExists(outside.resolve("anywhere.txt"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void approvedEscalationRunsOutsideTheSandbox() throws Exception {
        Path outside = outsideDir();
        try (ServerFixture f = server("on-request", "workspace-write", false)) {
            String threadId = f.startThread();
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command", Json.compact(Json.object(
                    "command", "touch " + outside.resolve("escalated.txt"),
                    "sandbox_permissions", "require_escalated",
                    "justification", "Write the report outside the workspace."))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Done.").completed());
            f.sendTurn(threadId, "Write the report.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            assertEquals("Write the report outside the workspace.", request.at("/params/reason").stringValue());
            f.server.respond(request.get("id"), Json.object("decision", "accept"));
            f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertTrue(Files.exists(outside.resolve("escalated.txt")));
        } finally {
            Files.deleteIfExists(outside.resolve("escalated.txt"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void onFailureOffersToRerunABlockedCommandWithoutTheSandbox() throws Exception {
        try (ServerFixture f = server("on-failure", "read-only", false)) {
            String threadId = f.startThread();
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", "touch created.txt"))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Done.").completed());
            f.sendTurn(threadId, "Create a file.");
            JsonNode request = f.server.awaitServerRequest("item/commandExecution/requestApproval");
            assertTrue(request.at("/params/reason").stringValue().contains("sandbox"));
            assertFalse(Files.exists(f.workspace.resolve("created.txt")));
            f.server.respond(request.get("id"), Json.object("decision", "accept"));
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertTrue(Files.exists(f.workspace.resolve("created.txt")));
            JsonNode item = ServerFixture.withMethod(rest, "item/completed").get(0).at("/params/item");
            assertEquals("completed", item.get("status").stringValue());
        }
    }

    @Test
    void withoutBubblewrapTheServerWarnsAndRefusesToRunCommands() throws Exception {
        Path bin = Files.createTempDirectory("codeloop-nobwrap-bin-");
        for (String tool : List.of("env", "bash", "dirname", "readlink", "sed", "sort", "ls", "head", "cat", "git")) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        ScriptedModelServer model = ScriptedModelServer.start();
        Path workspace = Files.createTempDirectory("codeloop-ws-");
        try (model; CodeloopHome home = CodeloopHome.create(ServerFixture.config(model.baseUrl(), 0, 0,
                "sandbox_mode = \"workspace-write\"\napproval_policy = \"never\"", 300_000))) {
            Map<String, String> env = new HashMap<>(home.env());
            env.put("PATH", bin.toString());
            try (AppServerProcess server = AppServerProcess.start(ServerLauncher.appServerCommand(), env, workspace)) {
                server.onEveryServerMessage(CodexSchema.reference().serverMessageHook());
                server.initialize();
                JsonNode warning = server.awaitNotification("configWarning");
                assertTrue(warning.at("/params/summary").stringValue().contains("bubblewrap"), warning.toString());

                model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                        Json.compact(Json.object("command", "touch should-not-exist.txt"))).completed());
                model.enqueue(Sse.response("resp_2").message("msg_1", "I could not.").completed());
                String threadId = server.requestResult("thread/start", Json.object("cwd", workspace.toString()))
                        .at("/thread/id").stringValue();
                server.send("turn/start", Json.object("threadId", threadId, "input",
                        List.of(Map.of("type", "text", "text", "Create a file."))));
                List<JsonNode> turn = server.collectUntil(Messages.isNotification("turn/completed"));
                JsonNode item = ServerFixture.withMethod(turn, "item/completed").stream().map(m -> m.at("/params/item"))
                        .filter(i -> i.get("type").stringValue().equals("commandExecution")).findFirst().orElseThrow();
                assertEquals("failed", item.get("status").stringValue());
                assertTrue(item.get("aggregatedOutput").stringValue().contains("sandbox is not available"));
                assertFalse(Files.exists(workspace.resolve("should-not-exist.txt")), "never runs unsandboxed");
            }
        }
    }
}
