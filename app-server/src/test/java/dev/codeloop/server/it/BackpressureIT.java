package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import dev.codeloop.testkit.rpc.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The bounded queue between the reader and the handlers. Handlers are held busy for real: {@code thread/start}
 * asks {@code git} about the workspace, and a {@code git} placed first on the server's PATH blocks while a hold
 * file exists. With the limit set to 4, four held {@code thread/start}s fill the queue.
 */
class BackpressureIT {

    private static final int CAPACITY = 4;
    private static final int FLOOD = 200;

    @Test
    void requestsBeyondTheLimitAreRefusedAsOverloadedAndTheServerKeepsServing() throws Exception {
        Path fakeBin = Files.createTempDirectory("codeloop-blocking-git-");
        Path hold = fakeBin.resolve("hold");
        writeBlockingGit(fakeBin);
        Map<String, String> env = Map.of(
                // The git probe gives up after 2 s by default; here it must wait as long as the hold lasts.
                "CODELOOP_JAVA_OPTS",
                "-Dcodeloop.maxPendingRequests=" + CAPACITY + " -Dcodeloop.gitProbeTimeoutMs=300000",
                "PATH", fakeBin + ":" + System.getenv("PATH"));
        ScriptedModelServer model = ScriptedModelServer.start();
        String config = ServerFixture.config(model.baseUrl(), 0, 0,
                "approval_policy = \"untrusted\"\nsandbox_mode = \"danger-full-access\"", 300_000);
        try (ServerFixture f = ServerFixture.startWith(model, config, env).initialized()) {
            // A turn waits on an approval: its answer must get through while the queue is full.
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "shell_command",
                    Json.compact(Json.object("command", "touch approved.txt"))).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Done.").completed());
            String threadId = f.startThread();
            f.sendTurn(threadId, "Touch a file.");
            JsonNode approval = f.server.awaitServerRequest("item/commandExecution/requestApproval");

            Files.createFile(hold);
            List<Long> held = new ArrayList<>();
            for (int i = 0; i < CAPACITY; i++) {
                held.add(f.server.send("thread/start", Json.object("cwd", f.workspace.toString())));
            }
            awaitBlockedGits(fakeBin, CAPACITY);

            List<Long> flood = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                flood.add(f.server.send("thread/list", Json.object()));
            }
            f.server.notify("initialized", null); // a notification is never refused (and never answered)
            f.server.respond(approval.get("id"), Json.object("decision", "accept"));
            List<JsonNode> rest = f.server.collectUntil(Messages.isNotification("turn/completed"));
            assertEquals("completed", rest.get(rest.size() - 1).at("/params/turn/status").stringValue());
            assertTrue(Files.exists(f.workspace.resolve("approved.txt")), "the approved command ran");

            for (long id : flood) {
                JsonNode error = f.server.awaitResponse(id).get("error");
                assertEquals(-32001, error.get("code").asInt(), error.toString());
                assertEquals("Server overloaded; retry later.", error.get("message").stringValue());
            }

            Files.delete(hold);
            for (long id : held) {
                assertTrue(f.server.awaitResponse(id).at("/result/thread/id").isString());
            }
            List<Long> after = new ArrayList<>();
            for (int i = 0; i < 3 * CAPACITY; i++) {
                long id = f.server.send("thread/list", Json.object());
                after.add(id);
                assertTrue(f.server.awaitResponse(id).at("/result/data").isArray(), "served again after the flood");
            }
            List<Long> all = new ArrayList<>(held);
            all.addAll(flood);
            all.addAll(after);
            Answers.assertExactlyOnce(f.server, all);
        } finally {
            Files.deleteIfExists(hold);
        }
    }

    /** A {@code git} that, while the hold file exists, records that it started and waits; then fails like "not a repo". */
    private static void writeBlockingGit(Path dir) throws IOException {
        Path git = dir.resolve("git");
        Files.writeString(git, """
                #!/bin/bash
                dir='%s'
                if [ -e "$dir/hold" ]; then
                  mktemp "$dir/started.XXXXXX" > /dev/null
                  while [ -e "$dir/hold" ]; do sleep 0.02; done
                fi
                exit 128
                """.formatted(dir));
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Bounded wait until {@code count} gits are blocked, i.e. that many handlers are busy. */
    private static void awaitBlockedGits(Path dir, int count) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (startedGits(dir) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + startedGits(dir) + " of " + count + " thread/start handlers got busy");
            }
            Thread.sleep(20);
        }
    }

    private static long startedGits(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("started.")).count();
        }
    }
}
