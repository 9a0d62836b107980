package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RunTurn needs nothing but configuration to talk to a model: here the "real provider" in the user's
 * CODELOOP_HOME happens to be the scripted server, reached through an ordinary config.toml.
 */
class RunTurnIT {

    @TempDir
    Path tmp;

    @Test
    void runsATurnWithTheConfiguredProvider() throws Exception {
        Path root = ServerJars.root();
        ServerJars.assumeServerJar(root);
        ServerJars.assumeDemoJar(root);
        Path home = tmp.resolve("home");
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("notes.txt"), "remember the milk\n");

        try (ScriptedModelServer model = ScriptedModelServer.start()) {
            model.enqueue(
                    Sse.response("r1").functionCall("call_1", "shell_command", "{\"command\":\"cat notes.txt\"}").completed(),
                    Sse.response("r2").message("msg_1", "The note says: ", "remember the milk.").completed());
            DemoHome.writeConfig(home, model.baseUrl());

            ServerJars.Run run = ServerJars.run(
                    List.of(root.resolve("bin/codeloop-demo").toString(), "run-turn", "--prompt", "What does the note say?",
                            "--cwd", project.toString(), "--approval-policy", "never", "--sandbox", "workspace-write"),
                    // A private HOME keeps the machine's dotfiles out of the sandboxed command's output.
                    Map.of("CODELOOP_HOME", home.toString(), DemoHome.API_KEY_VARIABLE, "test-key",
                            "HOME", Files.createDirectories(home.resolve("user-home")).toString()),
                    Duration.ofMinutes(3));

            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains("model gpt-5.5 via scripted"), run.output());
            assertTrue(run.output().contains("$ cat notes.txt\n    remember the milk\n  exit 0"), run.output());
            assertTrue(run.output().contains("The note says: remember the milk."), run.output());
            assertTrue(run.output().contains("Summary: 3 items"), run.output());
            assertEquals(2, model.requestCount());
        }
    }
}
