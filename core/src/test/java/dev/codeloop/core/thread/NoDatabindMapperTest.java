package dev.codeloop.core.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.codeloop.testkit.jvm.ClassLoadLog;
import dev.codeloop.testkit.model.HttpError;
import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine never builds a databind mapper: {@link NoDatabindMapperFlow} runs the JSON paths (store writes
 * and reads, request bodies, SSE decoding, tool arguments, error bodies) in a JVM of its own with class loading
 * logged, and none of the mapper's classes may appear. The scripted model server (which does use a mapper)
 * stays in this JVM. Also checks that every request body is exactly what databind would have written.
 */
class NoDatabindMapperTest {

    private static final String PATCH = "*** Begin Patch\\n*** Add File: hello.txt\\n+hello\\n*** End Patch";

    @TempDir
    Path tmp;

    @Test
    void engineFlowLoadsNoMapper() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path cwd = Files.createDirectories(tmp.resolve("work")).toRealPath();
        Path classLog = tmp.resolve("classes.log");
        try (ScriptedModelServer server = ScriptedModelServer.start()) {
            Files.writeString(home.resolve(dev.codeloop.core.config.CodeloopHome.CONFIG_FILE_NAME),
                    dev.codeloop.testkit.rpc.CodeloopHome.scriptedProviderConfig(server.baseUrl(),
                            NoDatabindMapperFlow.API_KEY_VARIABLE, 0, 0, 300_000, """
                                    approval_policy = "never"
                                    sandbox_mode = "danger-full-access"
                                    apply_patch_tool_type = "function"\
                                    """));
            server.enqueue(
                    Sse.response("r1").reasoning("rs_1", "Thinking ", "it over")
                            .functionCall("call_plan", "update_plan",
                                    "{\"explanation\":\"why\",\"plan\":[{\"step\":\"Run\",\"status\":\"in_progress\"},"
                                            + "{\"step\":\"Patch\",\"status\":\"pending\"}]}")
                            .completed(),
                    Sse.response("r2").functionCall("call_shell", "shell_command",
                            "{\"command\":\"echo hi\",\"timeout_ms\":10000}").completed(),
                    Sse.response("r3").functionCall("call_patch", "apply_patch", "{\"input\":\"" + PATCH + "\"}")
                            .completed(),
                    Sse.response("r4").message("msg_1", "Done: caf\u00e9 ", "\u65e5\u672c \ud83d\ude00").completed(),
                    HttpError.status(400).message("scripted bad request"));

            Process process = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-Xlog:class+load=info:file=" + classLog,
                    "-cp", System.getProperty("java.class.path"),
                    NoDatabindMapperFlow.class.getName(), home.toString(), cwd.toString())
                    .redirectOutput(tmp.resolve("stdout.txt").toFile())
                    .redirectError(tmp.resolve("stderr.txt").toFile())
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the flow did not finish within 30 s; stderr: " + read(tmp.resolve("stderr.txt")));
            }
            assertEquals(0, process.exitValue(), () -> "the flow failed; stderr: " + read(tmp.resolve("stderr.txt")));

            assertEquals("turn1=COMPLETED turn2=FAILED listed=1 name=named "
                            + "read=COMPLETED[userMessage+reasoning+commandExecution+fileChange+agentMessage],"
                            + "FAILED[userMessage](The model provider refused the request (HTTP 400): scripted bad request) resumedTurns=2",
                    read(tmp.resolve("stdout.txt")).strip(), () -> "stderr: " + read(tmp.resolve("stderr.txt")));
            assertEquals("hello\n", Files.readString(cwd.resolve("hello.txt")));

            // The bodies the engine wrote are byte for byte what databind writes for the same tree.
            JsonMapper mapper = JsonMapper.builder().build();
            List<RecordedModelRequest> requests = server.requests();
            assertEquals(5, requests.size());
            for (RecordedModelRequest request : requests) {
                assertEquals(mapper.writeValueAsString(mapper.readTree(request.bodyText())), request.bodyText());
            }
        }

        String log = read(classLog);
        assertTrue(ClassLoadLog.loaded(log, "dev.codeloop.json.JsonTrees"), "class loading was not logged");
        assertTrue(ClassLoadLog.loaded(log, "tools.jackson.databind.node.ObjectNode"), "class loading was not logged");
        assertEquals(List.of(), ClassLoadLog.databindMapperClasses(log), "a runtime path built a mapper");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
