package dev.codeloop.core.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses where an ambiguous change is drawn, following git's rules so our hunks read like {@code git diff}'s.
 * Adding a line next to an identical one, or a block that starts and ends alike, can be shown in several
 * places; git slides each group of changed lines as low as it can go, lines it up with a change in the other
 * file when possible, and otherwise lets {@link IndentHeuristic} pick the most readable spot.
 */
final class ChangeCompaction {

    private ChangeCompaction() {
    }

    /** Compacts both files' change marks, then returns the edits they describe, in order. */
    static List<LineEdit> runs(List<String> oldLines, boolean[] oldChanged, List<String> newLines,
            boolean[] newChanged) {
        compact(new ChangeGroup(oldLines, oldChanged), new ChangeGroup(newLines, newChanged));
        compact(new ChangeGroup(newLines, newChanged), new ChangeGroup(oldLines, oldChanged));
        return editsOf(oldChanged, newChanged);
    }

    private static void compact(ChangeGroup group, ChangeGroup other) {
        do {
            if (!group.isEmpty()) {
                place(group, other);
            }
        } while (group.next() && advance(other));
    }

    private static void place(ChangeGroup group, ChangeGroup other) {
        int sizeBefore;
        int earliestEnd;
        int endMatchingOther;
        do {
            // Sliding may merge the group with a neighbour; then its range of positions changed: go again.
            sizeBefore = group.size();
            while (group.slideUp()) {
                retreat(other);
            }
            earliestEnd = group.end;
            endMatchingOther = other.isEmpty() ? -1 : group.end;
            while (group.slideDown()) {
                advance(other);
                if (!other.isEmpty()) {
                    endMatchingOther = group.end;
                }
            }
        } while (sizeBefore != group.size());

        if (group.end == earliestEnd) {
            return;
        }
        if (endMatchingOther != -1) {
            // A deletion next to an insertion reads best as one replacement.
            while (other.isEmpty()) {
                group.slideUpWith(other);
            }
            return;
        }
        int bestEnd = IndentHeuristic.bestEnd(group.lines(), group.size(), earliestEnd, group.end);
        while (group.end > bestEnd) {
            group.slideUpWith(other);
        }
    }

    private static boolean advance(ChangeGroup other) {
        if (!other.next()) {
            throw new IllegalStateException("change groups out of step");
        }
        return true;
    }

    private static void retreat(ChangeGroup other) {
        if (!other.previous()) {
            throw new IllegalStateException("change groups out of step");
        }
    }

    /** Pairs runs of changed lines; unchanged lines match one-to-one in order between the two files. */
    private static List<LineEdit> editsOf(boolean[] oldChanged, boolean[] newChanged) {
        List<LineEdit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < oldChanged.length || j < newChanged.length) {
            if (i < oldChanged.length && j < newChanged.length && !oldChanged[i] && !newChanged[j]) {
                i++;
                j++;
                continue;
            }
            int oldStart = i;
            int newStart = j;
            while (i < oldChanged.length && oldChanged[i]) {
                i++;
            }
            while (j < newChanged.length && newChanged[j]) {
                j++;
            }
            if (i == oldStart && j == newStart) {
                throw new IllegalStateException("unchanged lines do not pair up");
            }
            edits.add(new LineEdit(oldStart, i, newStart, j));
        }
        return edits;
    }
}
