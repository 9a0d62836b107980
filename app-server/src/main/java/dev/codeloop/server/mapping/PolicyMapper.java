package dev.codeloop.server.mapping;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.SandboxMode;
import dev.codeloop.core.sandbox.SandboxPolicy;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.NetworkAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Approval and sandbox settings between the wire and core. */
public final class PolicyMapper {

    private PolicyMapper() {
    }

    public static ApprovalPolicy approval(AskForApproval wire) {
        if (wire == null) {
            return null;
        }
        return switch (wire) {
            case UNTRUSTED -> ApprovalPolicy.UNTRUSTED;
            case ON_FAILURE -> ApprovalPolicy.ON_FAILURE;
            case ON_REQUEST -> ApprovalPolicy.ON_REQUEST;
            case NEVER -> ApprovalPolicy.NEVER;
        };
    }

    public static AskForApproval approval(ApprovalPolicy core) {
        return switch (core) {
            case UNTRUSTED -> AskForApproval.UNTRUSTED;
            case ON_FAILURE -> AskForApproval.ON_FAILURE;
            case ON_REQUEST -> AskForApproval.ON_REQUEST;
            case NEVER -> AskForApproval.NEVER;
        };
    }

    public static SandboxMode sandboxMode(dev.codeloop.protocol.policy.SandboxMode wire) {
        if (wire == null) {
            return null;
        }
        return switch (wire) {
            case READ_ONLY -> SandboxMode.READ_ONLY;
            case WORKSPACE_WRITE -> SandboxMode.WORKSPACE_WRITE;
            case DANGER_FULL_ACCESS -> SandboxMode.DANGER_FULL_ACCESS;
        };
    }

    /** A wire sandbox policy to core; relative writable roots resolve against {@code cwd}. */
    public static SandboxPolicy sandbox(dev.codeloop.protocol.policy.SandboxPolicy wire, Path cwd) {
        if (wire == null) {
            return null;
        }
        return switch (wire) {
            case dev.codeloop.protocol.policy.SandboxPolicy.DangerFullAccess d -> new SandboxPolicy.DangerFullAccess();
            case dev.codeloop.protocol.policy.SandboxPolicy.ReadOnly r ->
                    new SandboxPolicy.ReadOnly(Boolean.TRUE.equals(r.networkAccess()));
            case dev.codeloop.protocol.policy.SandboxPolicy.ExternalSandbox e ->
                    new SandboxPolicy.ExternalSandbox(e.networkAccess() == NetworkAccess.ENABLED);
            case dev.codeloop.protocol.policy.SandboxPolicy.WorkspaceWrite w -> {
                List<Path> roots = new ArrayList<>();
                if (w.writableRoots() != null) {
                    for (String root : w.writableRoots()) {
                        roots.add(cwd.resolve(root).normalize());
                    }
                }
                yield new SandboxPolicy.WorkspaceWrite(roots, Boolean.TRUE.equals(w.networkAccess()),
                        Boolean.TRUE.equals(w.excludeTmpdirEnvVar()), Boolean.TRUE.equals(w.excludeSlashTmp()));
            }
        };
    }

    public static dev.codeloop.protocol.policy.SandboxPolicy sandbox(SandboxPolicy core) {
        return switch (core) {
            case SandboxPolicy.DangerFullAccess d -> new dev.codeloop.protocol.policy.SandboxPolicy.DangerFullAccess();
            case SandboxPolicy.ReadOnly r -> new dev.codeloop.protocol.policy.SandboxPolicy.ReadOnly(r.networkAccess());
            case SandboxPolicy.ExternalSandbox e -> new dev.codeloop.protocol.policy.SandboxPolicy.ExternalSandbox(
                    e.networkAccess() ? NetworkAccess.ENABLED : NetworkAccess.RESTRICTED);
            case SandboxPolicy.WorkspaceWrite w -> new dev.codeloop.protocol.policy.SandboxPolicy.WorkspaceWrite(
                    w.writableRoots().stream().map(Path::toString).toList(), w.networkAccess(),
                    w.excludeTmpdirEnvVar(), w.excludeSlashTmp());
        };
    }
}
