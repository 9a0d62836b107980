package dev.codeloop.core.sandbox;

import java.nio.file.Path;
import java.util.List;

/** What model-run commands may touch. Enforcement lives in the sandbox runner; this is the policy. */
public sealed interface SandboxPolicy {

    boolean networkAccess();

    /** No restrictions at all. */
    record DangerFullAccess() implements SandboxPolicy {
        @Override
        public boolean networkAccess() {
            return true;
        }
    }

    /** Read anything, write nothing. */
    record ReadOnly(boolean networkAccess) implements SandboxPolicy {
    }

    /** Write the cwd and the extra roots (plus /tmp and $TMPDIR unless excluded); read anything. */
    record WorkspaceWrite(List<Path> writableRoots, boolean networkAccess, boolean excludeTmpdirEnvVar,
                          boolean excludeSlashTmp) implements SandboxPolicy {
    }

    /** The embedder sandboxes commands itself; we only report the network state. */
    record ExternalSandbox(boolean networkAccess) implements SandboxPolicy {
    }
}
