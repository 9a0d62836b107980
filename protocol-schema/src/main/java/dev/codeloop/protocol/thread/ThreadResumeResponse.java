package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.SandboxPolicy;

/** {@code thread/resume} result: the thread with its turns, and the settings it continues with. */
public record ThreadResumeResponse(
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
