package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.policy.ApprovalsReviewer;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.SandboxPolicy;

/**
 * {@code thread/start} result: the thread and the effective settings it will run with.
 *
 * @param thread            the new thread
 * @param model             the model the thread runs with
 * @param modelProvider     the id of its model provider
 * @param serviceTier       always null: Codeloop has no service tiers
 * @param cwd               the working directory of its commands
 * @param approvalPolicy    when the server asks the client before acting
 * @param approvalsReviewer always {@code user}: approvals go to the client
 * @param sandbox           the sandbox policy of its commands
 * @param reasoningEffort   its reasoning effort; null when unset
 */
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
