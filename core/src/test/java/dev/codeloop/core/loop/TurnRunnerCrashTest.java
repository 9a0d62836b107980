package dev.codeloop.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A turn that crashes on a bug of ours still leaves a history the model API accepts. */
class TurnRunnerCrashTest {

    @TempDir
    Path cwd;

    private final ScriptedModelServer server = ScriptedModelServer.start();
    private final ConversationHistory history = new ConversationHistory();

    @AfterEach
    void close() {
        server.close();
    }

    /** Breaks the tool contract: returns no result at all. */
    private static final class NullTool implements Tool {
        @Override
        public ToolSpec spec() {
            return new ToolSpec.Freeform("broken", "returns null", "lark", "start: /.+/");
        }

        @Override
        public ToolResult invoke(ToolCall call, ToolContext context) {
            return null;
        }
    }

    @Test
    void crashAfterAToolCallWasRecordedStillAnswersTheCall() {
        server.enqueue(Sse.response("r1").customToolCall("call_1", "broken", "x").completed());

        TurnOutcome outcome = new TurnRunner(scope()).run();

        assertEquals(TurnStatus.FAILED, outcome.status());
        assertTrue(outcome.failure().message().startsWith("Internal error"), outcome.failure().message());
        List<ResponseItem> items = history.snapshot();
        assertEquals(new ResponseItem.CustomToolCall("call_1", "broken", "x"), items.get(items.size() - 2));
        assertEquals(new ResponseItem.CustomToolCallOutput("call_1", "aborted"), items.getLast());
    }

    private TurnScope scope() {
        return ScriptedTurnScope.of(server, cwd, history, new NullTool(), null);
    }
}
