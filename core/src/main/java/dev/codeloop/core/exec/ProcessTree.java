package dev.codeloop.core.exec;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Kills a started command together with everything it spawned. Descendants are snapshotted before the
 * root dies (afterwards they are reparented and no longer look like descendants); when the command leads
 * its own session, processes are also found by session id, which catches orphans such as
 * {@code (sleep 100 &)} and anything forked while the kill was in progress. Everything gets SIGKILL: a
 * command being torn down for a timeout or cancel gets no chance to linger.
 */
final class ProcessTree {

    /** Rescans for processes forked during the kill; a handful of rounds settles any real shell script. */
    private static final int MAX_ROUNDS = 5;
    /** SIGKILL is delivered asynchronously; dying normally takes microseconds, this only bounds a stuck one. */
    private static final Duration DEATH_WAIT = Duration.ofSeconds(1);
    private static final long DEATH_POLL_MILLIS = 2;

    private final ProcessHandle root;
    private final boolean ownSession;

    ProcessTree(ProcessHandle root, boolean ownSession) {
        this.root = root;
        this.ownSession = ownSession;
    }

    /**
     * Sends SIGKILL to the root and every descendant and waits (briefly) until they are dead, so callers
     * can rely on nothing running afterwards. Safe to call repeatedly and from any thread.
     */
    synchronized void killAll() {
        Set<Long> killed = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Set<ProcessHandle> targets = liveTargets();
            if (!targets.stream().map(ProcessHandle::pid).anyMatch(pid -> !killed.contains(pid))) {
                return;
            }
            // The root comes first so it cannot fork replacements for children killed before it.
            targets.forEach(ProcessHandle::destroyForcibly);
            targets.forEach(target -> killed.add(target.pid()));
            if (!awaitDeath(targets)) {
                return; // interrupted: the kills are sent, stop waiting
            }
        }
    }

    private Set<ProcessHandle> liveTargets() {
        Set<ProcessHandle> targets = new LinkedHashSet<>();
        if (root.isAlive()) {
            targets.add(root);
            root.descendants().forEach(targets::add);
        }
        if (ownSession) {
            for (long pid : ProcFs.liveSessionMembers(root.pid())) {
                ProcessHandle.of(pid).ifPresent(targets::add);
            }
        }
        targets.removeIf(target -> ProcFs.isDead(target.pid()));
        return targets;
    }

    /** Returns false if interrupted while waiting (the interrupt flag is kept). */
    private static boolean awaitDeath(Set<ProcessHandle> targets) {
        long deadline = System.nanoTime() + DEATH_WAIT.toNanos();
        for (ProcessHandle target : targets) {
            while (!ProcFs.isDead(target.pid()) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(DEATH_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
