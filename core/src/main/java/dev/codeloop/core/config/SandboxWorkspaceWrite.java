package dev.codeloop.core.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Extra settings for {@link SandboxMode#WORKSPACE_WRITE}, from {@code [sandbox_workspace_write]}.
 *
 * @param writableRoots        directories writable besides the workspace (absolute; relative entries in
 *                             the config file were resolved against the config file's directory)
 * @param networkAccess        whether sandboxed commands may use the network
 * @param excludeTmpdirEnvVar  whether {@code $TMPDIR} is left out of the writable roots
 * @param excludeSlashTmp      whether {@code /tmp} is left out of the writable roots
 */
public record SandboxWorkspaceWrite(
        List<Path> writableRoots, boolean networkAccess, boolean excludeTmpdirEnvVar, boolean excludeSlashTmp) {

    public static final SandboxWorkspaceWrite DEFAULT = new SandboxWorkspaceWrite(List.of(), false, false, false);

    public SandboxWorkspaceWrite {
        writableRoots = writableRoots == null ? List.of() : List.copyOf(writableRoots);
    }
}
