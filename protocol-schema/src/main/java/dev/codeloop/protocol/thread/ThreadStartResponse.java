package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.SandboxPolicy;

/** {@code thread/start} result: the thread and the effective settings it will run with. */
public record ThreadStartResponse(
        ThreadInfo thread,
        String model,
        String modelProvider,
        String serviceTier,
        String cwd,
        AskForApproval approvalPolicy,
        ApprovalsReviewer approvalsReviewer,
        SandboxPolicy sandbox,
        String reasoningEffort) {
}
