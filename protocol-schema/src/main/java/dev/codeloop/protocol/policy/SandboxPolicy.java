package dev.codeloop.protocol.policy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** The full sandbox policy object ({@code turn/start.sandboxPolicy}, {@code thread/start} result). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SandboxPolicy.DangerFullAccess.class, name = "dangerFullAccess"),
        @JsonSubTypes.Type(value = SandboxPolicy.ReadOnly.class, name = "readOnly"),
        @JsonSubTypes.Type(value = SandboxPolicy.ExternalSandbox.class, name = "externalSandbox"),
        @JsonSubTypes.Type(value = SandboxPolicy.WorkspaceWrite.class, name = "workspaceWrite"),
})
public sealed interface SandboxPolicy {

    /** No sandbox at all. */
    record DangerFullAccess() implements SandboxPolicy {
    }

    /** Read anywhere, write nowhere. */
    record ReadOnly(Boolean networkAccess) implements SandboxPolicy {
    }

    /** The embedder sandboxes commands itself; we only tell the model the network state. */
    record ExternalSandbox(NetworkAccess networkAccess) implements SandboxPolicy {
    }

    /** Write inside the workspace (cwd) and the listed roots; read anywhere. */
    record WorkspaceWrite(
            List<String> writableRoots,
            Boolean networkAccess,
            Boolean excludeTmpdirEnvVar,
            Boolean excludeSlashTmp) implements SandboxPolicy {
    }
}
