package dev.codeloop.core.sandbox;

import dev.codeloop.core.config.ApprovalPolicy;

/** Small facts about sandbox policies that the tools share. */
public final class Sandboxes {

    private Sandboxes() {
    }

    /** Whether commands run inside our sandbox under this policy (not for full access or an embedder's own). */
    public static boolean enforced(SandboxPolicy policy) {
        return switch (policy) {
            case SandboxPolicy.ReadOnly r -> true;
            case SandboxPolicy.WorkspaceWrite w -> true;
            case SandboxPolicy.DangerFullAccess d -> false;
            case SandboxPolicy.ExternalSandbox e -> false;
        };
    }

    /** Told to the model after a command the sandbox seems to have blocked, with what it can do about it. */
    public static String denialNote(SandboxPolicy policy, ApprovalPolicy approval) {
        String limits = switch (policy) {
            case SandboxPolicy.ReadOnly r -> "a read-only sandbox: no file can be written";
            case SandboxPolicy.WorkspaceWrite w -> "a sandbox that can write only inside the writable roots "
                    + "(and not in .git)";
            default -> "a sandbox";
        };
        String network = policy.networkAccess() ? "" : ", without network access";
        String next = switch (approval) {
            case ON_REQUEST -> " If the command truly needs more, call it again with sandbox_permissions "
                    + "\"require_escalated\" and a one-sentence justification.";
            case NEVER -> " Escalation is not available: work within these limits, or tell the user what is needed.";
            case UNTRUSTED, ON_FAILURE -> " The user chose not to rerun it outside the sandbox.";
        };
        return "\n\nNote: this command ran in " + limits + network + ", and the failure above looks like the "
                + "sandbox blocked it." + next;
    }
}
