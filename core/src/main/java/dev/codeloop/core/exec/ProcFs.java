package dev.codeloop.core.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads Linux's /proc for what ProcessHandle cannot tell: session ids and zombie state. */
final class ProcFs {

    private static final Path PROC = Path.of("/proc");

    private ProcFs() {
    }

    /** Pids of live (non-zombie) processes in session {@code sid}; empty where /proc is unavailable. */
    static List<Long> liveSessionMembers(long sid) {
        List<Long> members = new ArrayList<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(ProcFs::isPid)
                    .forEach(name -> {
                        Stat stat = stat(Long.parseLong(name));
                        if (stat != null && stat.session() == sid && !stat.isDead()) {
                            members.add(stat.pid());
                        }
                    });
        } catch (IOException | RuntimeException e) {
            // No /proc (not Linux): callers still have the ProcessHandle tree.
        }
        return members;
    }

    /** True if {@code pid} is gone or a zombie (dead but not yet reaped), which ProcessHandle calls alive. */
    static boolean isDead(long pid) {
        Stat stat = stat(pid);
        return stat == null ? ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true) : stat.isDead();
    }

    record Stat(long pid, char state, long session) {
        boolean isDead() {
            return state == 'Z' || state == 'X';
        }
    }

    /** Parses /proc/pid/stat, or returns null if the process is gone. */
    static Stat stat(long pid) {
        String line;
        try {
            line = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
        } catch (IOException e) {
            return null;
        }
        // "pid (comm) state ppid pgrp session ...": comm may contain spaces and parentheses.
        int afterComm = line.lastIndexOf(')');
        if (afterComm < 0) {
            return null;
        }
        String[] fields = line.substring(afterComm + 2).split(" ");
        if (fields.length < 4 || fields[0].isEmpty()) {
            return null;
        }
        return new Stat(pid, fields[0].charAt(0), Long.parseLong(fields[3]));
    }

    private static boolean isPid(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
