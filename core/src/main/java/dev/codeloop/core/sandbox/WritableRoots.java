package dev.codeloop.core.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a sandboxed command may write under a policy: the same roots bound read-write by the sandbox. */
public final class WritableRoots {

    private WritableRoots() {
    }

    /**
     * The writable roots, or empty when the policy does not restrict writes at all.
     *
     * @param env the environment, for {@code TMPDIR}
     */
    public static Optional<List<Path>> of(SandboxPolicy policy, Path cwd, Map<String, String> env) {
        return switch (policy) {
            case SandboxPolicy.DangerFullAccess d -> Optional.empty();
            case SandboxPolicy.ExternalSandbox e -> Optional.empty();
            case SandboxPolicy.ReadOnly r -> Optional.of(List.of());
            case SandboxPolicy.WorkspaceWrite w -> {
                List<Path> roots = new ArrayList<>();
                roots.add(cwd.toAbsolutePath().normalize());
                for (Path root : w.writableRoots()) {
                    roots.add(cwd.resolve(root).toAbsolutePath().normalize());
                }
                if (!w.excludeSlashTmp()) {
                    roots.add(Path.of("/tmp"));
                }
                String tmpdir = env.get("TMPDIR");
                if (!w.excludeTmpdirEnvVar() && tmpdir != null && !tmpdir.isBlank()) {
                    roots.add(Path.of(tmpdir).toAbsolutePath().normalize());
                }
                yield Optional.of(List.copyOf(roots));
            }
        };
    }
}
