package dev.codeloop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used so far (user + system, all its threads), from {@code /proc/<pid>/stat}. Unlike
 * latencies it hardly depends on what else the machine is doing, so it shows the server's own cost.
 */
final class ProcessCpu {

    private static final double MS_PER_TICK = 10; // USER_HZ is 100 on Linux

    private ProcessCpu() {
    }

    static double cpuMs(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the command name, which is in parentheses and may contain spaces.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) * MS_PER_TICK;
    }
}
