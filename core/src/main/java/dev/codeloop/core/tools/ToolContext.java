package dev.codeloop.core.tools;

import dev.codeloop.core.approval.TurnApprovals;
import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a tool may use while it runs: the turn's events, cancellation, approvals and file-change tracking, and
 * the thread's settings.
 *
 * @param cwd       the thread's working directory (absolute)
 * @param shellEnv  the environment commands run with (already filtered of secrets)
 * @param approvals asks the client, per the approval policy
 * @param changes   records what the turn changes on disk, for {@code turn/diff/updated}
 */
public record ToolContext(
        TurnEmitter events,
        CancellationToken cancel,
        Path cwd,
        SandboxPolicy sandbox,
        ApprovalPolicy approvalPolicy,
        Map<String, String> shellEnv,
        TurnApprovals approvals,
        TurnChanges changes) {
}
