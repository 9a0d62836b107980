package dev.codeloop.core.diff;

import java.util.Arrays;

/**
 * What a path held at one moment: nothing ({@link #ABSENT}), or a file described by its stat and, unless it
 * was too large to keep, its bytes (a symlink's bytes are its target, as git stores it).
 */
record Snapshot(FileStat stat, byte[] content) {

    static final Snapshot ABSENT = new Snapshot(null, null);

    boolean exists() {
        return stat != null;
    }

    boolean contentKnown() {
        return content != null;
    }

    /**
     * Whether the two moments hold the same file as git would see it. Without both contents, an unchanged
     * stat is the best evidence there is.
     */
    boolean sameAs(Snapshot other) {
        if (!exists() || !other.exists()) {
            return exists() == other.exists();
        }
        if (contentKnown() && other.contentKnown()) {
            return stat.mode() == other.stat.mode() && Arrays.equals(content, other.content);
        }
        return stat.equals(other.stat);
    }

    DiffSide side(String path) {
        return exists() ? new DiffSide(path, stat.mode(), content) : null;
    }
}
