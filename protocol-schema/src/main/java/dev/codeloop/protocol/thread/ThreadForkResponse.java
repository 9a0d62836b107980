package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.SandboxPolicy;

/** {@code thread/fork} result: the new thread (with its copied turns) and its settings. */
public record ThreadForkResponse(
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
