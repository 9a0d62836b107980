package dev.codeloop.core.loop;

import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.approval.SessionApprovals;
import dev.codeloop.core.approval.TurnApprovals;
import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.diff.Limits;
import dev.codeloop.core.diff.TurnDiffTracker;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.model.ModelClient;
import dev.codeloop.core.model.responses.ProviderEndpoint;
import dev.codeloop.core.model.responses.ResponsesApiClient;
import dev.codeloop.core.sandbox.SandboxPolicy;
import dev.codeloop.core.thread.ThreadSettings;
import dev.codeloop.core.tools.TestContexts;
import dev.codeloop.core.tools.Tool;
import dev.codeloop.core.tools.ToolRouter;
import dev.codeloop.core.tools.TurnChanges;
import dev.codeloop.testkit.model.ScriptedModelServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link TurnScope} for driving {@link TurnRunner} directly: the user says "go", the model is a
 * {@link ScriptedModelServer}, {@code tool} is the only tool, nothing is retried and approvals are declined.
 */
final class ScriptedTurnScope {

    private ScriptedTurnScope() {
    }

    /** @param idleLimit the watchdog's limit, or null for the engine's default */
    static TurnScope of(ScriptedModelServer server, Path cwd, ConversationHistory history, Tool tool,
                        Duration idleLimit) {
        ModelClient client = new ResponsesApiClient(new ProviderEndpoint(server.baseUrl(), "sk-test", Map.of(),
                Map.of(), 0, Duration.ofSeconds(10), "codeloop-test/0"));
        TurnServices services = new TurnServices() {
            @Override
            public ModelClient modelClient(ThreadSettings settings) {
                return client;
            }

            @Override
            public ToolRouter tools(ThreadSettings settings) {
                return new ToolRouter(List.of(tool));
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
            public Duration turnIdleLimit(ThreadSettings settings) {
                return idleLimit != null ? idleLimit : TurnServices.super.turnIdleLimit(settings);
            }

            @Override
            public Long contextWindow(ThreadSettings settings) {
                return null;
            }
        };
        ThreadSettings settings = new ThreadSettings("gpt-5.5", "scripted", cwd, ApprovalPolicy.NEVER,
                new SandboxPolicy.DangerFullAccess(), null, null, null, "You are a test.", null);
        CancellationToken cancel = new CancellationToken();
        TurnEmitter events = TestContexts.emitter(event -> { });
        return new TurnScope("thread-1", "turn-1", settings, history, List.of(), "user-1",
                List.of(new UserContent.Text("go")), events, cancel, services, new AtomicReference<>(TokenUsage.ZERO),
                new TurnApprovals(ApprovalChannel.declineAll(), events, cancel, new SessionApprovals()),
                new TurnChanges(new TurnDiffTracker(settings.cwd(), Limits.defaults()), events));
    }
}
