package dev.codeloop.core.prompt;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tells the model, in plain words, what its commands may touch and when the user is asked. */
public final class PermissionsInstructions {

    private PermissionsInstructions() {
    }

    public static String render(SandboxPolicy sandbox, ApprovalPolicy approval, Path cwd) {
        StringBuilder text = new StringBuilder("<permissions instructions>\n");
        text.append(sandboxSentence(sandbox, cwd)).append('\n');
        text.append(approvalSentence(approval)).append('\n');
        text.append("</permissions instructions>");
        return text.toString();
    }

    private static String sandboxSentence(SandboxPolicy sandbox, Path cwd) {
        String network = sandbox.networkAccess() ? "Network access is enabled." : "Network access is restricted.";
        return switch (sandbox) {
            case SandboxPolicy.DangerFullAccess d ->
                    "Commands run without a sandbox: they can read and write anywhere the user can. " + network;
            case SandboxPolicy.ReadOnly r ->
                    "Commands run in a read-only sandbox: they can read files but not create, change or delete any. "
                            + network;
            case SandboxPolicy.WorkspaceWrite w -> "Commands run in a sandbox that can read anywhere but write only "
                    + "inside the writable roots: " + String.join(", ", writableRoots(w, cwd)) + " (their .git "
                    + "directories stay read-only). " + network;
            case SandboxPolicy.ExternalSandbox e ->
                    "Commands run inside a sandbox managed by the host application. " + network;
        };
    }

    private static List<String> writableRoots(SandboxPolicy.WorkspaceWrite policy, Path cwd) {
        List<String> roots = new ArrayList<>();
        roots.add("`" + cwd + "`");
        for (Path root : policy.writableRoots()) {
            roots.add("`" + root + "`");
        }
        if (!policy.excludeSlashTmp()) {
            roots.add("`/tmp`");
        }
        return roots;
    }

    private static String approvalSentence(ApprovalPolicy approval) {
        return switch (approval) {
            case UNTRUSTED -> "Only known read-only commands run on their own; the user is asked to approve "
                    + "every other command and every file edit.";
            case ON_FAILURE -> "Commands run in the sandbox without asking; if one fails because of the sandbox, "
                    + "the user may be asked to let it run outside the sandbox.";
            case ON_REQUEST -> "Commands run in the sandbox without asking. When a command truly needs more "
                    + "than the sandbox allows, call it with `sandbox_permissions: \"require_escalated\"` and a "
                    + "one-sentence `justification`; the user then decides.";
            case NEVER -> "The user will not be asked for approvals: never request escalation. When the "
                    + "sandbox blocks something, work around it or explain what is needed.";
        };
    }
}
