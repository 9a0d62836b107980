package dev.codeloop.core.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A command wrapped in bubblewrap for a sandbox policy: the whole filesystem read-only, the writable roots bound
 * read-write (with {@code .git} and Codeloop's own directories inside them kept read-only), a private pid
 * namespace and session, no network unless allowed, and death with the server.
 */
public final class SandboxCommand {

    /** Directories inside a writable root that commands must not change: history and our own state. */
    static final List<String> PROTECTED = List.of(".git", ".codeloop", ".codex");

    private SandboxCommand() {
    }

    /**
     * @param writableRoots where writes are allowed (empty for read-only)
     */
    public static List<String> wrap(Path bwrap, List<String> argv, List<Path> writableRoots, boolean networkAccess,
                                    Path cwd) {
        List<String> command = new ArrayList<>(List.of(bwrap.toString(),
                "--new-session", "--die-with-parent", "--unshare-pid"));
        if (!networkAccess) {
            command.add("--unshare-net");
        }
        command.addAll(List.of("--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"));
        List<Path> roots = existingRealPaths(writableRoots);
        // Parents before children, so a root inside another keeps its own binding.
        roots.sort(Comparator.comparingInt(Path::getNameCount));
        for (Path root : roots) {
            command.addAll(List.of("--bind", root.toString(), root.toString()));
        }
        for (Path root : roots) {
            for (String name : PROTECTED) {
                Path inside = root.resolve(name);
                if (Files.exists(inside, LinkOption.NOFOLLOW_LINKS)) {
                    command.addAll(List.of("--ro-bind", inside.toString(), inside.toString()));
                }
            }
        }
        command.addAll(List.of("--chdir", cwd.toString(), "--"));
        command.addAll(argv);
        return command;
    }

    /** Whether {@code path} lies in a protected directory of one of the roots. */
    public static boolean isProtected(Path path, List<Path> writableRoots) {
        Path normalized = path.toAbsolutePath().normalize();
        for (Path root : writableRoots) {
            Path base = root.toAbsolutePath().normalize();
            for (String name : PROTECTED) {
                if (normalized.startsWith(base.resolve(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> existingRealPaths(List<Path> paths) {
        List<Path> real = new ArrayList<>();
        for (Path path : paths) {
            try {
                Path resolved = path.toRealPath();
                if (!real.contains(resolved)) {
                    real.add(resolved);
                }
            } catch (IOException missing) {
                // A root that does not exist cannot be bound; nothing can be written there anyway.
            }
        }
        return real;
    }
}
