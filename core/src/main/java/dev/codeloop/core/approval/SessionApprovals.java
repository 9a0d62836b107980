package dev.codeloop.core.approval;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What the user approved "for this session" in one thread: commands by their approval key, and files by
 * path. A later patch touching only approved files passes without asking.
 */
public final class SessionApprovals {

    private final Set<String> commands = new HashSet<>();
    private final Set<Path> files = new HashSet<>();

    public synchronized boolean commandApproved(String key) {
        return commands.contains(key);
    }

    public synchronized void approveCommand(String key) {
        commands.add(key);
    }

    public synchronized boolean filesApproved(Collection<Path> paths) {
        return !paths.isEmpty() && files.containsAll(paths);
    }

    public synchronized void approveFiles(Collection<Path> paths) {
        files.addAll(paths);
    }
}
