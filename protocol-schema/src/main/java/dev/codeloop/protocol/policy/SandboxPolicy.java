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

    /**
     * Read anywhere, write nowhere.
     *
     * @param networkAccess whether commands may use the network; null means no
     */
    record ReadOnly(Boolean networkAccess) implements SandboxPolicy {
    }

    /**
     * The client sandboxes commands itself; Codeloop only tells the model the network state.
     *
     * @param networkAccess the network state told to the model; null means {@code restricted}
     */
    record ExternalSandbox(NetworkAccess networkAccess) implements SandboxPolicy {
    }

    /**
     * Write inside the workspace (cwd) and the listed roots; read anywhere.
     *
     * @param writableRoots       more directories commands may write, besides the cwd; relative ones are resolved
     *                            against the cwd
     * @param networkAccess       whether commands may use the network; null means no
     * @param excludeTmpdirEnvVar true to keep {@code $TMPDIR} out of the writable directories
     * @param excludeSlashTmp     true to keep {@code /tmp} out of the writable directories
     */
    record WorkspaceWrite(
            List<String> writableRoots,
            Boolean networkAccess,
            Boolean excludeTmpdirEnvVar,
            Boolean excludeSlashTmp) implements SandboxPolicy {
    }
}
