package dev.codeloop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory of a running server process: resident set from /proc, Java heap after a full GC through jcmd. */
final class ProcessMemory {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private ProcessMemory() {
    }

    /** A {@code /proc/<pid>/status} field in kB ({@code VmHWM}, {@code VmRSS}), as MiB. */
    static double statusMiB(long pid, String field) throws IOException {
        return statusMiB(pid, List.of(field)).getFirst();
    }

    /**
     * Several such fields from one reading of the file: read apart, a process still allocating could show a
     * VmRSS above the VmHWM read a moment before.
     */
    static List<Double> statusMiB(long pid, List<String> fields) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
        List<Double> values = new java.util.ArrayList<>();
        for (String field : fields) {
            String line = lines.stream().filter(l -> l.startsWith(field + ":")).findFirst()
                    .orElseThrow(() -> new IOException("no " + field + " for pid " + pid));
            values.add(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
        }
        return values;
    }

    /**
     * Runs a full GC in the server ({@code jcmd GC.run}) and returns the heap in use after it, in MiB: the sum of
     * the "used" figures of the heap's generations in {@code GC.heap_info} (metaspace left out).
     */
    static double heapAfterFullGcMiB(long pid) throws IOException {
        Path jcmd = jcmdFor(pid);
        jcmd(jcmd, pid, "GC.run");
        String info = jcmd(jcmd, pid, "GC.heap_info");
        long usedKb = 0;
        for (String line : info.lines().toList()) {
            // "DefNew total …, used …K" and "Tenured …" (Serial), "garbage-first heap total …, used …K" (G1).
            if (line.contains("total") && !line.contains("Metaspace") && !line.contains("class space")) {
                Matcher used = USED.matcher(line);
                if (used.find()) {
                    usedKb += Long.parseLong(used.group(1));
                }
            }
        }
        if (usedKb == 0) {
            throw new IOException("could not read the heap from jcmd GC.heap_info:\n" + info);
        }
        return usedKb / 1024.0;
    }

    /** The {@code jcmd} of the JDK the process runs on. */
    private static Path jcmdFor(long pid) throws IOException {
        String java = ProcessHandle.of(pid).flatMap(p -> p.info().command())
                .orElseThrow(() -> new IOException("no command line for pid " + pid));
        Path jcmd = Path.of(java).resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IOException("no jcmd next to " + java + " (the heap figure needs a JDK, not a JRE)");
        }
        return jcmd;
    }

    private static String jcmd(Path jcmd, long pid, String command) throws IOException {
        Process p = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("jcmd " + pid + " " + command + " failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
