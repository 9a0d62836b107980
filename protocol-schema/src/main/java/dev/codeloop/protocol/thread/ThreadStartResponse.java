package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.SandboxPolicy;

/** {@code thread/start} result: the thread and the effective settings it will run with. */
public record ThreadStartResponse(
        @Required ThreadInfo thread,
        @Required String model,
        @Required String modelProvider,
        String serviceTier,
        @Required String cwd,
        @Required AskForApproval approvalPolicy,
        @Required ApprovalsReviewer approvalsReviewer,
        @Required SandboxPolicy sandbox,
        String reasoningEffort) {
}
