package dev.codeloop.core.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs removed files with added ones as renames. Moves a patch declared are taken as given; the rest are
 * found like {@code git diff -M} finds them: identical content first, then the most similar pairs scoring
 * at least 50%, a same file name breaking ties. Inexact matching is skipped when it would compare more than
 * {@link #MAX_INEXACT_PAIRS} pairs (git has a similar limit).
 */
final class RenameDetector {

    static final int MAX_INEXACT_PAIRS = 10_000;

    record Rename(String from, String to) {
    }

    private final Map<String, DiffSide> removed;
    private final Map<String, DiffSide> added;
    private final List<Rename> renames = new ArrayList<>();

    private RenameDetector(Map<String, DiffSide> removed, Map<String, DiffSide> added) {
        this.removed = new LinkedHashMap<>(removed);
        this.added = new LinkedHashMap<>(added);
    }

    /**
     * @param removed  files that existed at the baseline and are gone, by path, in path order
     * @param added    files that did not exist at the baseline, by path, in path order
     * @param declared moves a patch made: new path to the path the file came from
     */
    static List<Rename> detect(Map<String, DiffSide> removed, Map<String, DiffSide> added,
            Map<String, String> declared) {
        RenameDetector detector = new RenameDetector(removed, added);
        detector.pairDeclared(declared);
        detector.pairIdentical();
        detector.pairSimilar();
        return detector.renames;
    }

    private void pairDeclared(Map<String, String> declared) {
        declared.forEach((to, from) -> {
            DiffSide source = removed.get(from);
            DiffSide target = added.get(to);
            if (source != null && target != null && source.mode().sameKindAs(target.mode())
                    && source.contentKnown() && target.contentKnown()) {
                pair(from, to);
            }
        });
    }

    private void pairIdentical() {
        Map<String, List<String>> sourcesByBlob = new HashMap<>();
        removed.forEach((path, side) -> {
            if (side.contentKnown()) {
                sourcesByBlob.computeIfAbsent(side.blobId(), id -> new ArrayList<>()).add(path);
            }
        });
        for (Map.Entry<String, DiffSide> target : List.copyOf(added.entrySet())) {
            DiffSide after = target.getValue();
            if (!after.contentKnown()) {
                continue;
            }
            String best = null;
            for (String candidate : sourcesByBlob.getOrDefault(after.blobId(), List.of())) {
                DiffSide before = removed.get(candidate);
                if (before == null || !modesCompatible(before.mode(), after.mode())) {
                    continue;
                }
                if (best == null || sameName(candidate, target.getKey()) && !sameName(best, target.getKey())) {
                    best = candidate;
                }
            }
            if (best != null) {
                pair(best, target.getKey());
            }
        }
    }

    private void pairSimilar() {
        List<String> sources = similarityCandidates(removed);
        List<String> targets = similarityCandidates(added);
        if (sources.isEmpty() || targets.isEmpty() || (long) sources.size() * targets.size() > MAX_INEXACT_PAIRS) {
            return;
        }
        Map<String, Map<Integer, Integer>> chunks = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            DiffSide after = added.get(targets.get(t));
            for (int s = 0; s < sources.size(); s++) {
                DiffSide before = removed.get(sources.get(s));
                if (!GitSimilarity.sizesAllow(before.content().length, after.content().length,
                        GitSimilarity.DEFAULT_MINIMUM)) {
                    continue;
                }
                int score = GitSimilarity.estimate(
                        chunks.computeIfAbsent(before.path(), p -> GitSimilarity.chunks(before.content())),
                        before.content().length,
                        chunks.computeIfAbsent(after.path(), p -> GitSimilarity.chunks(after.content())),
                        after.content().length);
                if (score >= GitSimilarity.DEFAULT_MINIMUM) {
                    candidates.add(new Candidate(score, sameName(sources.get(s), targets.get(t)), t, s));
                }
            }
        }
        candidates.sort(Candidate.BEST_FIRST);
        for (Candidate candidate : candidates) {
            String from = sources.get(candidate.source());
            String to = targets.get(candidate.target());
            if (removed.containsKey(from) && added.containsKey(to)) {
                pair(from, to);
            }
        }
    }

    private record Candidate(int score, boolean sameName, int target, int source) {
        static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::score).reversed()
                .thenComparing(Candidate::sameName, Comparator.reverseOrder())
                .thenComparingInt(Candidate::target)
                .thenComparingInt(Candidate::source);
    }

    /** Git measures similarity only between regular files with content to measure. */
    private static List<String> similarityCandidates(Map<String, DiffSide> sides) {
        List<String> paths = new ArrayList<>();
        sides.forEach((path, side) -> {
            if (side.contentKnown() && side.mode() != GitFileMode.SYMLINK) {
                paths.add(path);
            }
        });
        return paths;
    }

    private void pair(String from, String to) {
        removed.remove(from);
        added.remove(to);
        renames.add(new Rename(from, to));
    }

    /** Regular files pair whatever their executable bit; anything else must keep its mode. */
    private static boolean modesCompatible(GitFileMode a, GitFileMode b) {
        return a == b || a != GitFileMode.SYMLINK && b != GitFileMode.SYMLINK;
    }

    private static boolean sameName(String a, String b) {
        return a.substring(a.lastIndexOf('/') + 1).equals(b.substring(b.lastIndexOf('/') + 1));
    }
}
