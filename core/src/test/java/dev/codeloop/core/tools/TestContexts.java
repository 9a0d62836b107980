package dev.codeloop.core.tools;

import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.approval.SessionApprovals;
import dev.codeloop.core.approval.TurnApprovals;
import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.diff.Limits;
import dev.codeloop.core.diff.TurnDiffTracker;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Tool contexts for tests that call a tool directly: no approvals asked (policy never), changes tracked. */
public final class TestContexts {

    private TestContexts() {
    }

    public static TurnEmitter emitter(ThreadEventListener listener) {
        return new TurnEmitter("thread", "turn", listener, item -> { }, status -> { }, Clock.systemUTC());
    }

    public static ToolContext context(ThreadEventListener listener, CancellationToken cancel, Path cwd,
                                      SandboxPolicy sandbox, Map<String, String> env) {
        TurnEmitter events = emitter(listener);
        return new ToolContext(events, cancel, cwd, sandbox, ApprovalPolicy.NEVER, env,
                new TurnApprovals(ApprovalChannel.declineAll(), events, cancel, new SessionApprovals()),
                new TurnChanges(new TurnDiffTracker(cwd, Limits.defaults()), events));
    }
}
