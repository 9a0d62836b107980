package dev.codeloop.core.diff;

import java.time.Duration;
import java.util.Objects;

/**
 * Caps on tracking what shell commands change, where we cannot know which files a command touches and must
 * keep a copy of the workspace. Changes made by {@code apply_patch} are tracked whatever these say.
 *
 * @param maxFiles         files a scan of the workspace visits; later files (in walk order) go unwatched
 * @param maxBaselineBytes bytes of file content a turn keeps as baseline for shell commands
 * @param maxFileBytes     largest file whose content is kept or diffed for shell commands; larger files are
 *                         watched by size, time and inode only
 * @param scanBudget       time one scan may take before it stops where it got to
 */
public record Limits(int maxFiles, long maxBaselineBytes, long maxFileBytes, Duration scanBudget) {

    public Limits {
        if (maxFiles < 0 || maxBaselineBytes < 0 || maxFileBytes < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        Objects.requireNonNull(scanBudget, "scanBudget");
    }

    /** 20 000 files, 64 MiB of baseline, 2 MiB per file, 2 s per scan. */
    public static Limits defaults() {
        return new Limits(20_000, 64L << 20, 2L << 20, Duration.ofSeconds(2));
    }
}
