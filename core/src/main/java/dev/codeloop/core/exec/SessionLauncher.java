package dev.codeloop.core.exec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a child in its own session via util-linux {@code setsid}, when available. Two reasons: every
 * process the command spawns carries the child's pid as its session id, so even orphans reparented away
 * from the tree can be found and killed; and without a controlling terminal, a command that would prompt
 * on /dev/tty (ssh, sudo) fails instead of hanging. Java never makes the child a process-group leader, so
 * {@code setsid} execs in place and the child's pid stays the command's pid.
 */
final class SessionLauncher {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private final Path setsid;

    private SessionLauncher(Path setsid) {
        this.setsid = setsid;
    }

    /** Uses {@code setsid} if installed; otherwise a launcher that starts the command as is. */
    static SessionLauncher detect() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst()
                .map(SessionLauncher::new)
                .orElseGet(SessionLauncher::none);
    }

    /** Starts commands as they are, in the JVM's session (the fallback where {@code setsid} is missing). */
    static SessionLauncher none() {
        return new SessionLauncher(null);
    }

    /** Whether started processes lead their own session (so session id == pid). */
    boolean ownSession() {
        return setsid != null;
    }

    List<String> wrap(List<String> argv) {
        if (setsid == null) {
            return argv;
        }
        List<String> wrapped = new ArrayList<>(argv.size() + 2);
        wrapped.add(setsid.toString());
        // --wait only matters if setsid had to fork (it does not for Java children): keep the exit code.
        wrapped.add("--wait");
        wrapped.addAll(argv);
        return wrapped;
    }
}
