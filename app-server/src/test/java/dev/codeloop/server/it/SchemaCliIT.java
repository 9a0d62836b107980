package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.protocol.schema.GeneratedFiles;
import dev.codeloop.testkit.rpc.ServerLauncher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The schema commands, run through {@code bin/codeloop app-server …} as users and CI run them. */
class SchemaCliIT {

    private static final Path SCHEMA = Path.of("..", "protocol-schema", "schema");
    private static final Path JSON = SCHEMA.resolve("json");

    @TempDir
    Path tmp;

    @Test
    void generatedJsonSchemaEqualsTheCheckedInOne() throws Exception {
        Path out = tmp.resolve("json");
        Run run = codeloop("generate-json-schema", "--out", out.toString());
        assertEquals(0, run.exit, run.toString());
        assertTrue(run.stdout.contains("wrote"), run.toString());
        assertEquals(List.of(), GeneratedFiles.readFrom(out, ".json").differencesFrom(
                GeneratedFiles.readFrom(JSON, ".json")));
    }

    @Test
    void generatedTypeScriptEqualsTheCheckedInOne() throws Exception {
        Path out = tmp.resolve("ts");
        Run run = codeloop("generate-ts", "--out", out.toString());
        assertEquals(0, run.exit, run.toString());
        assertEquals(List.of(), GeneratedFiles.readFrom(out, ".ts").differencesFrom(
                GeneratedFiles.readFrom(SCHEMA.resolve("typescript"), ".ts")));
    }

    @Test
    void experimentalFlagAddsExperimentalMethodsAndFields() throws Exception {
        Path out = tmp.resolve("experimental");
        assertEquals(0, codeloop("generate-json-schema", "--out", out.toString(), "--experimental").exit);
        assertTrue(Files.readString(out.resolve("ClientRequest.json")).contains("\"thread/rollback\""));
        assertTrue(Files.readString(out.resolve("ThreadResumeParams.json")).contains("\"path\""));
        assertFalse(Files.readString(JSON.resolve("ClientRequest.json")).contains("\"thread/rollback\""));
        assertFalse(Files.readString(JSON.resolve("ThreadResumeParams.json")).contains("\"path\""));
    }

    @Test
    void currentSchemaIsCompatibleWithTheRelease() throws Exception {
        Run run = codeloop("check-schema-compat", "--old", SCHEMA.resolve("released/1.0.0").toString(),
                "--new", JSON.toString());
        assertEquals(0, run.exit, run.toString());
        assertTrue(run.stdout.contains("compatible"), run.toString());
    }

    @Test
    void aBrokenSchemaFailsTheCheckAndNamesEachBreak() throws Exception {
        Path broken = tmp.resolve("broken");
        GeneratedFiles.readFrom(JSON, ".json").writeTo(broken);
        JsonMapper mapper = JsonMapper.shared();
        Path bundle = broken.resolve("codeloop_app_server_protocol.schemas.json");
        ObjectNode schema = (ObjectNode) mapper.readTree(Files.readString(bundle));
        ((ObjectNode) schema.at("/definitions/ThreadInfo/properties")).remove("preview");
        Files.writeString(bundle, schema.toString());
        Path methods = broken.resolve("methods.json");
        ObjectNode table = (ObjectNode) mapper.readTree(Files.readString(methods));
        ArrayNode rows = (ArrayNode) table.get("methods");
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).get("method").asString().equals("thread/list")) {
                rows.remove(i);
            }
        }
        Files.writeString(methods, table.toString());

        Run run = codeloop("check-schema-compat", "--old", JSON.toString(), "--new", broken.toString());

        assertEquals(1, run.exit, run.toString());
        assertTrue(run.stdout.contains("removed method: thread/list"), run.stdout);
        assertTrue(run.stdout.contains("removed field: thread/start.result.thread.preview"), run.stdout);
    }

    @Test
    void missingOptionIsAUsageError() throws Exception {
        Run run = codeloop("generate-json-schema");
        assertEquals(2, run.exit, run.toString());
        assertTrue(run.stderr.contains("missing --out DIR"), run.stderr);
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private Run codeloop(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ServerLauncher.launcher().toString(), "app-server"));
        command.addAll(List.of(args));
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
