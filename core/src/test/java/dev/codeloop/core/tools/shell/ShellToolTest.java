package dev.codeloop.core.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.exec.ProcessRunner;
import dev.codeloop.core.exec.ShellEnvironment;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.sandbox.SandboxPolicy;
import dev.codeloop.core.tools.ToolCall;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell tool on its own: real commands, the items it reports, and what the model gets back. */
class ShellToolTest {

    @TempDir
    Path cwd;

    private final List<ThreadEvent> events = new CopyOnWriteArrayList<>();
    private final ShellTool tool = new ShellTool(new ProcessRunner(), 16 * 1024);
    private CancellationToken cancel;

    @BeforeEach
    void setUp() {
        cancel = new CancellationToken();
    }

    private ToolResult run(String name, String argumentsJson) {
        // A private HOME: commands run in a login shell, and the host's profile scripts are not under test.
        ToolContext context = dev.codeloop.core.tools.TestContexts.context(events::add, cancel, cwd,
                new SandboxPolicy.DangerFullAccess(), ShellEnvironment.fromSystem(Map.of("HOME", cwd.toString())));
        return tool.invoke(new ToolCall("call_1", name, argumentsJson, false), context);
    }

    private Item.CommandExecution started() {
        return (Item.CommandExecution) ((ThreadEvent.ItemStarted) events.getFirst()).item();
    }

    private Item.CommandExecution completed() {
        return (Item.CommandExecution) ((ThreadEvent.ItemCompleted) events.getLast()).item();
    }

    @Test
    void commandOutputAndExitCodeGoBackToTheModel() {
        ToolResult result = run("shell_command", "{\"command\":\"echo hi\"}");

        assertTrue(result.success());
        assertTrue(result.output().startsWith("Exit code: 0\n"), result.output());
        assertTrue(result.output().endsWith("Output:\nhi\n"), result.output());
        assertEquals(Item.CommandStatus.IN_PROGRESS, started().status());
        assertNotNull(started().processId());
        assertEquals("call_1", completed().id());
        assertEquals(Item.CommandStatus.COMPLETED, completed().status());
        assertEquals("hi\n", completed().aggregatedOutput());
        assertEquals(cwd.toString(), completed().cwd());
    }

    @Test
    void workdirIsResolvedAgainstTheThreadsCwd() throws Exception {
        Files.createDirectory(cwd.resolve("sub"));

        ToolResult result = run("shell_command", "{\"command\":\"pwd\",\"workdir\":\"sub\"}");

        assertTrue(result.output().endsWith(cwd.resolve("sub").toRealPath() + "\n"), result.output());
    }

    @Test
    void missingWorkdirFailsWithoutRunning() {
        ToolResult result = run("shell_command", "{\"command\":\"pwd\",\"workdir\":\"nope\"}");

        assertFalse(result.success());
        assertTrue(result.output().contains("does not exist"), result.output());
        assertEquals(Item.CommandStatus.FAILED, completed().status());
        assertEquals(2, events.size(), "started and completed");
    }

    @Test
    void badArgumentsAreExplainedToTheModel() {
        assertTrue(run("shell_command", "{\"command\":").output().contains("failed to parse function arguments"));
        assertTrue(run("shell_command", "{}").output().contains("missing required argument `command`"));
        assertTrue(run("shell_command", "{\"command\":\"  \"}").output().contains("empty"));
    }

    @Test
    void codexShapedCallsRunToo() {
        assertTrue(run("exec_command", "{\"cmd\":\"echo unified\"}").output().endsWith("unified\n"));
        assertTrue(run("shell", "{\"command\":[\"bash\",\"-lc\",\"echo argv\"]}").output().endsWith("argv\n"));
        assertTrue(run("shell", "{\"command\":[\"echo\",\"two words\"]}").output().endsWith("two words\n"));
    }

    @Test
    void timeoutKillsTheCommandAndSaysSo() {
        ToolResult result = run("shell_command", "{\"command\":\"sleep 30\",\"timeout_ms\":300}");

        assertFalse(result.success());
        assertTrue(result.output().contains("command timed out after"), result.output());
        assertEquals(Item.CommandStatus.FAILED, completed().status());
    }

    @Test
    void callCancelledBeforeItStartsShowsNoProcessId() {
        cancel.cancel();

        ToolResult result = run("shell_command", "{\"command\":\"echo never\"}");

        assertFalse(result.success());
        assertTrue(result.output().contains("aborted by user"), result.output());
        assertNull(started().processId());
        assertNull(completed().processId());
    }
}
