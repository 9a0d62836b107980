package dev.codeloop.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** When the server fails, the end of its log usually says why: show it instead of only pointing at the file. */
final class ServerLog {

    static final int TAIL_LINES = 15;

    private ServerLog() {
    }

    static void printTail(Path log, PrintStream err) {
        if (log == null || !Files.isRegularFile(log)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        if (lines.isEmpty()) {
            err.println("(the server log " + log + " is empty)");
            return;
        }
        err.println("Last lines of the server log " + log + ":");
        for (String line : lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())) {
            err.println("  " + line);
        }
    }
}
