package dev.codeloop.core.diff;

/**
 * One run of changed lines: old lines {@code [oldStart, oldEnd)} were replaced by new lines
 * {@code [newStart, newEnd)} (0-based; either range may be empty).
 */
record LineEdit(int oldStart, int oldEnd, int newStart, int newEnd) {

    int oldCount() {
        return oldEnd - oldStart;
    }

    int newCount() {
        return newEnd - newStart;
    }
}
