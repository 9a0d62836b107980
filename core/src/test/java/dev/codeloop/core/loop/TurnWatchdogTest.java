package dev.codeloop.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.core.tools.Tool;
import dev.codeloop.core.tools.ToolCall;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watchdog ends a turn that hangs, and leaves alone one that waits on something bounded elsewhere. */
class TurnWatchdogTest {

    private static final Duration LIMIT = Duration.ofMillis(400);

    @TempDir
    Path cwd;

    private final ScriptedModelServer server = ScriptedModelServer.start();
    private final ConversationHistory history = new ConversationHistory();

    @AfterEach
    void close() {
        server.close();
    }

    /** A tool with a bug: it ignores the turn's cancellation and blocks until its thread is interrupted. */
    private static final class StuckTool implements Tool {
        @Override
        public ToolSpec spec() {
            return new ToolSpec.Freeform("stuck", "never returns by itself", "lark", "start: /.+/");
        }

        @Override
        public ToolResult invoke(ToolCall call, ToolContext context) {
            try {
                new CountDownLatch(1).await();
                return ToolResult.ok("impossible");
            } catch (InterruptedException e) {
                return ToolResult.error("interrupted");
            }
        }
    }

    /** Waits three limits long on an "approval" (status waitingOnApproval), then answers. */
    private static final class SlowApprovalTool implements Tool {
        @Override
        public ToolSpec spec() {
            return new ToolSpec.Freeform("ask", "waits on the user", "lark", "start: /.+/");
        }

        @Override
        public ToolResult invoke(ToolCall call, ToolContext context) {
            context.events().status(new ThreadRuntimeStatus.Active(true));
            try {
                Thread.sleep(LIMIT.multipliedBy(3));
            } catch (InterruptedException e) {
                return ToolResult.error("interrupted while waiting on the user");
            } finally {
                context.events().status(new ThreadRuntimeStatus.Active(false));
            }
            return ToolResult.ok("approved");
        }
    }

    @Test
    void aTurnStuckInAToolThatIgnoresCancellationFailsWithAClearError() {
        server.enqueue(Sse.response("r1").customToolCall("call_1", "stuck", "x").completed());
        TurnOutcome outcome = new TurnRunner(scope(new StuckTool())).run();

        assertEquals(TurnStatus.FAILED, outcome.status());
        assertTrue(outcome.failure().message().contains("made no progress for 400 ms"), outcome.failure().message());
        assertTrue(history.snapshot().stream().anyMatch(item -> item instanceof ResponseItem.CustomToolCallOutput o
                && o.callId().equals("call_1")), "the call is answered, so the thread's history stays valid");
        assertTrue(history.snapshot().stream().anyMatch(item -> item instanceof ResponseItem.Message m
                && m.toString().contains("made no progress")), "the model is told the turn stalled, not that the "
                + "user stopped it: " + history.snapshot());
        assertTrue(!Thread.currentThread().isInterrupted(), "the runner's thread is not left interrupted");
    }

    @Test
    void waitingOnAnApprovalLongerThanTheLimitIsNotAHang() {
        server.enqueue(Sse.response("r1").customToolCall("call_1", "ask", "x").completed());
        server.enqueue(Sse.response("r2").message("m1", "Done.").completed());
        TurnOutcome outcome = new TurnRunner(scope(new SlowApprovalTool())).run();

        assertEquals(TurnStatus.COMPLETED, outcome.status(), String.valueOf(outcome.failure()));
    }

    private TurnScope scope(Tool tool) {
        return ScriptedTurnScope.of(server, cwd, history, tool, LIMIT);
    }
}
