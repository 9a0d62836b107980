package dev.codeloop.core.thread.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A log's file name, {@code rollout-<yyyy-MM-ddTHH-mm-ss>-<threadId>.jsonl} (UTC). The name alone tells
 * which thread a file holds and which day directory it belongs in, without opening it.
 */
record RolloutFileName(Instant created, String threadId) {

    static final String PREFIX = "rollout-";
    static final String SUFFIX = ".jsonl";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");
    private static final int STAMP_LENGTH = "yyyy-MM-ddTHH-mm-ss".length();

    RolloutFileName {
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    String fileName() {
        return PREFIX + STAMP.format(LocalDateTime.ofInstant(created, ZoneOffset.UTC)) + "-" + threadId + SUFFIX;
    }

    static boolean looksLikeRollout(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(SUFFIX);
    }

    static Optional<RolloutFileName> parse(String fileName) {
        int idStart = PREFIX.length() + STAMP_LENGTH + 1;
        if (!looksLikeRollout(fileName) || fileName.length() <= idStart + SUFFIX.length()
                || fileName.charAt(idStart - 1) != '-') {
            return Optional.empty();
        }
        try {
            LocalDateTime stamp = LocalDateTime.parse(fileName.substring(PREFIX.length(), idStart - 1), STAMP);
            String id = fileName.substring(idStart, fileName.length() - SUFFIX.length());
            return Optional.of(new RolloutFileName(stamp.toInstant(ZoneOffset.UTC), id));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
