package dev.codeloop.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.approval.SessionApprovals;
import dev.codeloop.core.approval.TurnApprovals;
import dev.codeloop.core.diff.Limits;
import dev.codeloop.core.diff.TurnDiffTracker;
import dev.codeloop.core.tools.TurnChanges;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.model.ModelClient;
import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.core.model.responses.ProviderEndpoint;
import dev.codeloop.core.model.responses.ResponsesApiClient;
import dev.codeloop.core.sandbox.SandboxPolicy;
import dev.codeloop.core.thread.ThreadSettings;
import dev.codeloop.core.tools.Tool;
import dev.codeloop.core.tools.ToolCall;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import dev.codeloop.core.tools.ToolRouter;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

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
        ModelClient client = new ResponsesApiClient(new ProviderEndpoint(server.baseUrl(), "sk-test", Map.of(), Map.of(),
                0, Duration.ofSeconds(10), "codeloop-test/0"), JsonMapper.builder().build());
        TurnServices services = new TurnServices() {
            @Override
            public ModelClient modelClient(ThreadSettings settings) {
                return client;
            }

            @Override
            public ToolRouter tools(ThreadSettings settings) {
                return new ToolRouter(List.of(new NullTool()));
            }

            @Override
            public Map<String, String> shellEnvironment() {
                return Map.of();
            }

            @Override
            public int streamMaxRetries(ThreadSettings settings) {
                return 0;
            }

            @Override
            public Long contextWindow(ThreadSettings settings) {
                return null;
            }
        };
        ThreadSettings settings = new ThreadSettings("gpt-5.5", "scripted", cwd, ApprovalPolicy.NEVER,
                new SandboxPolicy.DangerFullAccess(), null, null, null, "You are a test.", null);
        CancellationToken cancel = new CancellationToken();
        return new TurnScope("thread-1", "turn-1", settings, history, List.of(), "user-1",
                List.of(new UserContent.Text("go")),
                dev.codeloop.core.tools.TestContexts.emitter(event -> { }),
                cancel, services, new AtomicReference<>(TokenUsage.ZERO),
                new TurnApprovals(ApprovalChannel.declineAll(), dev.codeloop.core.tools.TestContexts.emitter(e -> { }),
                        cancel, new SessionApprovals()),
                new TurnChanges(new TurnDiffTracker(settings.cwd(), Limits.defaults()),
                        dev.codeloop.core.tools.TestContexts.emitter(e -> { })));
    }
}
