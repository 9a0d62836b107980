package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.SandboxPolicy;

/** {@code thread/fork} result: the new thread (with its copied turns) and its settings. */
public record ThreadForkResponse(
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
