package dev.codeloop.core.diff;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines changed between two versions of a file. Like git's xdiff it first sets aside the common head and
 * tail, and lines that occur on one side only (they cannot be part of any common subsequence), then runs Myers
 * on what is left. That keeps the expensive step small for the usual edit; a pathological one (thousands of
 * shuffled lines) stops after {@link #MAX_EDIT_STEPS} and shows its remaining region as one replacement.
 */
final class LineDiff {

    static final int MAX_EDIT_STEPS = 2000;

    private LineDiff() {
    }

    static List<LineEdit> edits(List<String> oldLines, List<String> newLines) {
        return edits(oldLines, newLines, MAX_EDIT_STEPS);
    }

    static List<LineEdit> edits(List<String> oldLines, List<String> newLines, int maxEditSteps) {
        boolean[] oldChanged = new boolean[oldLines.size()];
        boolean[] newChanged = new boolean[newLines.size()];
        int head = commonHead(oldLines, newLines);
        int tail = commonTail(oldLines, newLines, head);
        markChanges(oldLines.subList(head, oldLines.size() - tail), newLines.subList(head, newLines.size() - tail),
                oldChanged, newChanged, head, maxEditSteps);
        return ChangeCompaction.runs(oldLines, oldChanged, newLines, newChanged);
    }

    private static int commonHead(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        int i = 0;
        while (i < n && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }

    private static int commonTail(List<String> a, List<String> b, int head) {
        int n = Math.min(a.size(), b.size()) - head;
        int i = 0;
        while (i < n && a.get(a.size() - 1 - i).equals(b.get(b.size() - 1 - i))) {
            i++;
        }
        return i;
    }

    /** Marks changed lines of the middle regions; {@code offset} is where they start in the whole files. */
    private static void markChanges(List<String> a, List<String> b, boolean[] aChanged, boolean[] bChanged,
            int offset, int maxEditSteps) {
        Map<String, Integer> ids = new HashMap<>();
        int[] aIds = idsOf(a, ids);
        int[] bIds = idsOf(b, ids);
        int[] inA = countById(aIds, ids.size());
        int[] inB = countById(bIds, ids.size());
        List<Integer> aKept = new ArrayList<>();
        List<Integer> bKept = new ArrayList<>();
        int[] aKeptAt = keepShared(aIds, inB, aChanged, offset, aKept);
        int[] bKeptAt = keepShared(bIds, inA, bChanged, offset, bKept);
        List<Change> changes = myers(aKept, bKept, maxEditSteps);
        if (changes == null) {
            markAll(aKeptAt, aChanged, offset);
            markAll(bKeptAt, bChanged, offset);
            return;
        }
        for (Change change : changes) {
            for (int k = change.startOriginal; k < change.endOriginal; k++) {
                aChanged[offset + aKeptAt[k]] = true;
            }
            for (int k = change.startRevised; k < change.endRevised; k++) {
                bChanged[offset + bKeptAt[k]] = true;
            }
        }
    }

    private static int[] idsOf(List<String> lines, Map<String, Integer> ids) {
        int[] out = new int[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(lines.get(i), line -> ids.size());
        }
        return out;
    }

    private static int[] countById(int[] lineIds, int idCount) {
        int[] counts = new int[idCount];
        for (int id : lineIds) {
            counts[id]++;
        }
        return counts;
    }

    /**
     * Marks lines absent from the other side as changed and collects the rest into {@code kept}; returns, for
     * each kept line, its index in {@code lineIds}.
     */
    private static int[] keepShared(int[] lineIds, int[] otherCounts, boolean[] changed, int offset,
            List<Integer> kept) {
        int[] keptAt = new int[lineIds.length];
        for (int i = 0; i < lineIds.length; i++) {
            if (otherCounts[lineIds[i]] == 0) {
                changed[offset + i] = true;
            } else {
                keptAt[kept.size()] = i;
                kept.add(lineIds[i]);
            }
        }
        return Arrays.copyOf(keptAt, kept.size());
    }

    private static void markAll(int[] keptAt, boolean[] changed, int offset) {
        for (int index : keptAt) {
            changed[offset + index] = true;
        }
    }

    /** Myers on the kept lines, or null when it would take more than {@code maxEditSteps} steps. */
    private static List<Change> myers(List<Integer> a, List<Integer> b, int maxEditSteps) {
        if (a.isEmpty() || b.isEmpty()) {
            return List.of(new Change(null, 0, a.size(), 0, b.size()));
        }
        try {
            return new MyersDiff<Integer>(Integer::equals).computeDiff(a, b, new StepBudget(maxEditSteps));
        } catch (StepBudget.Exceeded e) {
            return null;
        }
    }

    /** Stops Myers once it has explored too many edit distances. */
    private static final class StepBudget implements DiffAlgorithmListener {

        private final int maxSteps;

        StepBudget(int maxSteps) {
            this.maxSteps = maxSteps;
        }

        static final class Exceeded extends RuntimeException {
            Exceeded() {
                super(null, null, false, false);
            }
        }

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (value > maxSteps) {
                throw new Exceeded();
            }
        }

        @Override
        public void diffEnd() {
        }
    }
}
