package dev.codeloop.core.thread.store;

import java.nio.file.Path;

/**
 * A thread log that cannot be used: unreadable, damaged before its last line, or without its
 * {@code session_meta} first line. The message names the file (and line) so it can go straight to a
 * client.
 */
public final class RolloutException extends RuntimeException {

    private final Path file;
    private final int line;

    RolloutException(Path file, int line, String detail, Throwable cause) {
        super(line > 0
                ? "thread log " + file + " is corrupted at line " + line + ": " + detail
                : "thread log " + file + " " + detail, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the problem is the whole file (e.g. it cannot be read). */
    public int line() {
        return line;
    }
}
