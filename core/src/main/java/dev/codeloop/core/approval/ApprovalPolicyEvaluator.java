package dev.codeloop.core.approval;

import dev.codeloop.core.command.DangerousCommands;
import dev.codeloop.core.command.SafeCommands;
import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.sandbox.SandboxPolicy;

/**
 * The approval policies, as Codex documents them:
 * <ul>
 *   <li>{@code untrusted}: known-safe read-only commands run; every other command and every patch asks.</li>
 *   <li>{@code on-request}: everything runs (sandboxed) unless the model asks for escalation, the command is
 *       destructive, or a patch writes outside the writable roots.</li>
 *   <li>{@code on-failure}: like on-request up front; a sandbox failure may ask to retry unsandboxed.</li>
 *   <li>{@code never}: nothing asks; what would need asking is refused instead (unless there is no sandbox).</li>
 * </ul>
 */
public final class ApprovalPolicyEvaluator {

    private ApprovalPolicyEvaluator() {
    }

    public static ApprovalRequirement forCommand(ApprovalPolicy policy, SandboxPolicy sandbox, String script,
                                                 boolean escalationRequested, boolean approvedForSession) {
        if (approvedForSession) {
            return ApprovalRequirement.SKIP;
        }
        boolean unrestricted = sandbox instanceof SandboxPolicy.DangerFullAccess;
        return switch (policy) {
            case UNTRUSTED -> SafeCommands.isKnownSafeScript(script) ? ApprovalRequirement.SKIP : ApprovalRequirement.ASK;
            case ON_REQUEST, ON_FAILURE -> escalationRequested || (!unrestricted && DangerousCommands.isDangerous(script))
                    ? ApprovalRequirement.ASK : ApprovalRequirement.SKIP;
            case NEVER -> !unrestricted && DangerousCommands.isDangerous(script)
                    ? ApprovalRequirement.FORBID : ApprovalRequirement.SKIP;
        };
    }

    /**
     * @param outsideWritableRoots whether the patch writes a path the sandbox would not let a command write
     */
    public static ApprovalRequirement forPatch(ApprovalPolicy policy, boolean outsideWritableRoots,
                                               boolean approvedForSession) {
        if (approvedForSession) {
            return ApprovalRequirement.SKIP;
        }
        return switch (policy) {
            case UNTRUSTED -> ApprovalRequirement.ASK;
            case ON_REQUEST, ON_FAILURE -> outsideWritableRoots ? ApprovalRequirement.ASK : ApprovalRequirement.SKIP;
            case NEVER -> outsideWritableRoots ? ApprovalRequirement.FORBID : ApprovalRequirement.SKIP;
        };
    }
}
