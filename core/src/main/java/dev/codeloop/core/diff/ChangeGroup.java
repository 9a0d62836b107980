package dev.codeloop.core.diff;

import java.util.List;

/**
 * A cursor over the change groups of one file: the run of changed lines between two unchanged ones, which may
 * be empty. Two files have the same number of unchanged lines, so the k-th group of one corresponds to the
 * k-th group of the other; moving both cursors together keeps that correspondence while groups slide.
 */
final class ChangeGroup {

    private final List<String> lines;
    private final boolean[] changed;
    /** The group is lines [start, end). */
    int start;
    int end;

    ChangeGroup(List<String> lines, boolean[] changed) {
        this.lines = lines;
        this.changed = changed;
        this.end = extendDown(0);
    }

    List<String> lines() {
        return lines;
    }

    boolean isEmpty() {
        return start == end;
    }

    int size() {
        return end - start;
    }

    /** Moves to the following group; false at the end of the file. */
    boolean next() {
        if (end == lines.size()) {
            return false;
        }
        start = end + 1;
        end = extendDown(start);
        return true;
    }

    /** Moves to the preceding group; false at the start of the file. */
    boolean previous() {
        if (start == 0) {
            return false;
        }
        end = start - 1;
        start = extendUp(end);
        return true;
    }

    /**
     * Shifts the group one line down when the line after it equals its first line (the same change, drawn one
     * line lower), absorbing a group it comes to touch. False when it cannot move.
     */
    boolean slideDown() {
        if (end >= lines.size() || !lines.get(start).equals(lines.get(end))) {
            return false;
        }
        changed[start++] = false;
        changed[end++] = true;
        end = extendDown(end);
        return true;
    }

    /** The mirror of {@link #slideDown}. */
    boolean slideUp() {
        if (start == 0 || !lines.get(start - 1).equals(lines.get(end - 1))) {
            return false;
        }
        changed[--start] = true;
        changed[--end] = false;
        start = extendUp(start);
        return true;
    }

    /** Slides the group and the other file's cursor together (see class comment). */
    void slideUpWith(ChangeGroup other) {
        if (!slideUp() || !other.previous()) {
            throw new IllegalStateException("change groups out of step");
        }
    }

    private int extendDown(int from) {
        int i = from;
        while (i < changed.length && changed[i]) {
            i++;
        }
        return i;
    }

    private int extendUp(int from) {
        int i = from;
        while (i > 0 && changed[i - 1]) {
            i--;
        }
        return i;
    }
}
