package dev.codeloop.core.diff;

import java.util.Objects;

/**
 * One side of a file's diff: its path (relative to the workspace, {@code /}-separated), its git mode, and its
 * bytes ({@code null} when the file was too large to read: its diff can only say that it changed).
 */
public record DiffSide(String path, GitFileMode mode, byte[] content) {

    public DiffSide {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mode, "mode");
    }

    public boolean contentKnown() {
        return content != null;
    }

    /** Git's blob id of the content; only when {@link #contentKnown()}. */
    String blobId() {
        return GitBlobId.of(content);
    }
}
