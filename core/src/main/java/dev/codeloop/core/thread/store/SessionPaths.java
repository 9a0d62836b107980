package dev.codeloop.core.thread.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Where thread logs live under the Codeloop home: {@code sessions/YYYY/MM/DD/} for active threads (UTC
 * dates), {@code archived_sessions/} (flat) for archived ones, and the list index beside them.
 */
public record SessionPaths(Path home) {

    public static final String SESSIONS_DIR = "sessions";
    public static final String ARCHIVED_DIR = "archived_sessions";
    public static final String INDEX_FILE = "session_index.jsonl";

    public SessionPaths {
        home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
    }

    public Path sessionsDir() {
        return home.resolve(SESSIONS_DIR);
    }

    public Path archivedDir() {
        return home.resolve(ARCHIVED_DIR);
    }

    public Path indexFile() {
        return home.resolve(INDEX_FILE);
    }

    /** The log path for a new thread created at {@code created}. */
    public Path newRolloutPath(String threadId, Instant created) {
        return dayDir(created).resolve(new RolloutFileName(created, threadId).fileName());
    }

    /** Where {@code rollout} goes when archived: same file name, directly under archived_sessions/. */
    public Path archivedPath(Path rollout) {
        return archivedDir().resolve(rollout.getFileName().toString());
    }

    /** Where an archived log goes back to: its day directory, from the timestamp in its name. */
    public Path unarchivedPath(Path archived) {
        String name = archived.getFileName().toString();
        RolloutFileName parsed = RolloutFileName.parse(name).orElseThrow(() ->
                new IllegalArgumentException("not a thread log file name: " + name));
        return dayDir(parsed.created()).resolve(name);
    }

    /**
     * The thread whose log {@code file} is, when it is a log of this home (under sessions/ or
     * archived_sessions/, named like one); empty for any other path.
     */
    public Optional<String> threadIdOf(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(sessionsDir()) && !normalized.startsWith(archivedDir())) {
            return Optional.empty();
        }
        return RolloutFileName.parse(normalized.getFileName().toString()).map(RolloutFileName::threadId);
    }

    /** True when {@code file} is under archived_sessions/. */
    public boolean isArchived(Path file) {
        return file.toAbsolutePath().normalize().startsWith(archivedDir());
    }

    private Path dayDir(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return sessionsDir()
                .resolve(String.format("%04d", day.getYear()))
                .resolve(String.format("%02d", day.getMonthValue()))
                .resolve(String.format("%02d", day.getDayOfMonth()));
    }
}
