package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.AppServerProcess;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import dev.codeloop.testkit.rpc.ServerLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Launcher, handshake, configuration and shutdown. */
class LifecycleIT {

    @Test
    void launcherPrintsVersionAndHelpFromAnyDirectory() throws Exception {
        String launcher = ServerLauncher.appServerCommand().get(0);
        Result version = run(List.of(launcher, "--version"));
        assertEquals(0, version.exitCode);
        assertTrue(version.stdout.matches("codeloop \\d+\\.\\d+\\.\\d+.*\\n"), version.stdout);
        Result help = run(List.of(launcher, "app-server", "--help"));
        assertEquals(0, help.exitCode);
        assertTrue(help.stdout.contains("Usage: codeloop app-server"));
        Result bad = run(List.of(launcher, "app-server", "-c", "no-equals-sign"));
        assertEquals(2, bad.exitCode);
        assertTrue(bad.stderr.contains("no-equals-sign"), bad.stderr);
    }

    @Test
    void initializeReportsServerFactsAndProtocolVersion() {
        try (ServerFixture f = ServerFixture.start()) {
            JsonNode result = f.server.initialize();
            assertEquals(f.home.dir().toString(), result.get("codexHome").stringValue());
            assertEquals("unix", result.get("platformFamily").stringValue());
            assertEquals("linux", result.get("platformOs").stringValue());
            assertTrue(result.get("userAgent").stringValue().startsWith("codeloop/"));
            assertTrue(result.get("userAgent").stringValue().contains("codeloop-testkit/0.1.0"));
            assertTrue(result.get("protocolVersion").stringValue().matches("\\d+\\.\\d+\\.\\d+"));
        }
    }

    @Test
    void threadStartReportsConfiguredPolicies() {
        try (ServerFixture f = ServerFixture.start(0, 0, """
                approval_policy = "never"
                sandbox_mode = "workspace-write"
                """).initialized()) {
            JsonNode result = f.server.requestResult("thread/start", Json.object("cwd", f.workspace.toString()));
            assertEquals("never", result.get("approvalPolicy").stringValue());
            assertEquals("workspaceWrite", result.at("/sandbox/type").stringValue());
            assertEquals("gpt-5.5", result.get("model").stringValue());
            assertEquals("scripted", result.get("modelProvider").stringValue());
            assertEquals(f.workspace.toString(), result.get("cwd").stringValue());
            assertEquals("idle", result.at("/thread/status/type").stringValue());

            JsonNode overridden = f.server.requestResult("thread/start", Json.object("cwd", f.workspace.toString(),
                    "approvalPolicy", "untrusted", "sandbox", "read-only", "model", "gpt-other"));
            assertEquals("untrusted", overridden.get("approvalPolicy").stringValue());
            assertEquals("readOnly", overridden.at("/sandbox/type").stringValue());
            assertEquals("gpt-other", overridden.get("model").stringValue());
        }
    }

    @Test
    void commandLineOverrideBeatsConfigFile() throws Exception {
        ScriptedModelServer model = ScriptedModelServer.start();
        try (ServerFixture f = ServerFixture.startWith(model, ServerFixture.config(model.baseUrl(), 0, 0, "", 300_000))) {
            f.server.close();
            List<String> command = new ArrayList<>(ServerLauncher.appServerCommand());
            command.addAll(List.of("-c", "model=gpt-from-flag"));
            try (AppServerProcess server = AppServerProcess.start(command, f.home.env(), f.workspace)) {
                server.initialize();
                JsonNode result = server.requestResult("thread/start", Json.object("cwd", f.workspace.toString()));
                assertEquals("gpt-from-flag", result.get("model").stringValue());
            }
        }
    }

    @Test
    void optedOutNotificationsAreNotSent() {
        try (ServerFixture f = ServerFixture.start()) {
            f.server.requestResult("initialize", Json.object(
                    "clientInfo", Json.object("name", "quiet", "version", "1"),
                    "capabilities", Json.object("optOutNotificationMethods",
                            List.of("item/agentMessage/delta", "thread/started"))));
            f.server.notify("initialized", null);
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "a", "b", "c").completed());
            String threadId = f.server.requestResult("thread/start", Json.object("cwd", f.workspace.toString()))
                    .at("/thread/id").stringValue();
            List<JsonNode> turn = f.runTurn(threadId, "Hi");
            List<String> labels = Messages.labels(turn);
            assertFalse(labels.contains("item/agentMessage/delta"), labels.toString());
            assertFalse(labels.contains("thread/started"), labels.toString());
            assertTrue(labels.contains("item/completed"));
        }
    }

    @Test
    void missingApiKeyFailsTheTurnWithAClearMessage() {
        ScriptedModelServer model = ScriptedModelServer.start();
        String config = ServerFixture.config(model.baseUrl(), 0, 0, "", 300_000)
                .replace("CODELOOP_TEST_API_KEY", "CODELOOP_UNSET_KEY_FOR_TEST");
        try (ServerFixture f = ServerFixture.startWith(model, config).initialized()) {
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Hi");
            JsonNode error = turn.get(turn.size() - 1).at("/params/turn/error");
            assertTrue(error.get("message").stringValue().contains("CODELOOP_UNSET_KEY_FOR_TEST"),
                    error.get("message").stringValue());
            assertEquals("unauthorized", error.get("codexErrorInfo").stringValue());
            assertEquals(0, model.requestCount());
        }
    }

    @Test
    void unreachableProviderFailsTheTurnWithAClearMessage() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ScriptedModelServer unused = ScriptedModelServer.start();
        String config = ServerFixture.config("http://127.0.0.1:" + port + "/v1", 1, 1, "", 300_000);
        try (ServerFixture f = ServerFixture.startWith(unused, config).initialized()) {
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Hi");
            JsonNode error = turn.get(turn.size() - 1).at("/params/turn/error");
            assertEquals("failed", turn.get(turn.size() - 1).at("/params/turn/status").stringValue());
            assertTrue(error.get("message").stringValue().contains("Could not reach the model provider"),
                    error.get("message").stringValue());
            assertTrue(error.at("/codexErrorInfo").has("httpConnectionFailed"), error.toString());
        }
    }

    @Test
    void stdinEofEndsTheServerCleanlyAndKillsRunningCommands() throws Exception {
        // Full access: the test reads the command's host pid (a sandbox has its own pid namespace).
        try (ServerFixture f = ServerFixture.start(0, 0, "sandbox_mode = \"danger-full-access\"").initialized()) {
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", "echo $$ > pid.txt; echo started; sleep 60"))).completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Run something long.");
            f.server.awaitNotification("item/commandExecution/outputDelta");
            long pid = Long.parseLong(Files.readString(f.workspace.resolve("pid.txt")).strip());

            f.server.closeStdin();
            assertEquals(0, f.server.awaitExit(Duration.ofSeconds(10)));
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !zombie(pid));
            List<String> labels = Messages.labels(f.server.unread());
            assertTrue(labels.contains("turn/completed"), "the running turn ends before exit: " + labels);
        }
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("/").toFile());
        builder.environment().putAll(Map.of());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
