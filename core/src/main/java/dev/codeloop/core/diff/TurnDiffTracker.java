package dev.codeloop.core.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one turn changed in the workspace, as one git-style diff ({@code turn/diff/updated}).
 *
 * <p>Each file is compared with its <em>baseline</em>: its state when the turn could first have changed it.
 * For {@code apply_patch} that is just before the patch writes it ({@link #beforePatch}). Shell commands can
 * change anything, so before the first command of the turn ({@link #beforeCommand}) the workspace is scanned
 * and the content of every file kept; after each command ({@link #afterCommand}) a stat-only scan finds what
 * changed. A file that appears after the first scan did not exist at the baseline. Git is not used.
 *
 * <p>Shell tracking stays within {@link Limits}: files beyond {@code maxFiles} (in walk order) or beyond the
 * scan's time budget are not watched; files larger than {@code maxFileBytes}, or past the
 * {@code maxBaselineBytes} budget, are watched by stat only, and when they change the diff says
 * {@code Binary files a/x and b/x differ} with no {@code index} line (git says the same of files too large to
 * diff; we print no blob id we did not compute). Files a patch wrote are always diffed in full.
 *
 * <p>Thread-safe: parallel tool calls may report to the same tracker.
 */
public final class TurnDiffTracker {

    private static final Logger LOG = LoggerFactory.getLogger(TurnDiffTracker.class);

    private final WorkspacePaths paths;
    private final Limits limits;
    private final WorkspaceManifest manifest;
    /** Each path's state when the turn could first have changed it. */
    private final Map<String, Snapshot> baselines = new HashMap<>();
    /** Paths that may differ from their baseline. */
    private final Set<String> touched = new HashSet<>();
    /** Paths apply_patch wrote: diffed whatever their size. */
    private final Set<String> patched = new HashSet<>();
    /** Moves a patch declared: new path to the path the file had at the baseline. */
    private final Map<String, String> movedFrom = new HashMap<>();
    private long baselineBytes;

    public TurnDiffTracker(Path root, Limits limits) {
        this.paths = new WorkspacePaths(Objects.requireNonNull(root, "root"));
        this.limits = Objects.requireNonNull(limits, "limits");
        this.manifest = new WorkspaceManifest(
                new WorkspaceScanner(paths.root(), limits.maxFiles(), limits.scanBudget()));
    }

    /**
     * Call right before apply_patch writes: {@code files} are all the paths it will add, change, delete or
     * move from or to (absolute, or relative to the root). Records the baseline of each not seen before.
     */
    public synchronized void beforePatch(Collection<Path> files) {
        for (Path file : files) {
            String key = paths.keyOf(file);
            snapshotBeforePatch(key);
            touched.add(key);
            patched.add(key);
        }
    }

    /** Call after apply_patch wrote, with the moves it made (old path to new path), so they show as renames. */
    public synchronized void afterPatch(Map<Path, Path> moves) {
        moves.forEach((from, to) -> {
            String fromKey = paths.keyOf(from);
            String toKey = paths.keyOf(to);
            if (!baselines.containsKey(toKey)) {
                LOG.warn("move destination {} was not announced to beforePatch; assuming it was new", toKey);
                baselines.put(toKey, Snapshot.ABSENT);
            }
            touched.add(fromKey);
            touched.add(toKey);
            patched.add(toKey);
            String origin = Objects.requireNonNullElse(movedFrom.remove(fromKey), fromKey);
            if (!origin.equals(toKey)) {
                movedFrom.put(toKey, origin);
            }
        });
    }

    /**
     * Call right before a shell command runs. The first call of the turn scans the workspace and keeps the
     * baseline of every file; later calls catch up with changes made since the last scan (by background
     * processes, say).
     */
    public synchronized void beforeCommand() {
        if (manifest.started()) {
            noteShellChanges();
            return;
        }
        manifest.start(this::keepScannedBaseline);
        if (!manifest.complete()) {
            LOG.info("{} is too large to scan within {}; this turn's diff shows no shell-command changes past "
                    + "the scanned part", paths.root(), limits);
        }
    }

    /** Call after a shell command finished: finds the files it created, deleted or changed. */
    public synchronized void afterCommand() {
        if (!manifest.started()) {
            LOG.debug("afterCommand without beforeCommand: nothing to compare with");
            return;
        }
        noteShellChanges();
    }

    /** The aggregated diff of the turn so far, in git's path order; empty when nothing differs. */
    public synchronized String unifiedDiff() {
        StringBuilder diff = new StringBuilder();
        for (FileChange change : changes()) {
            diff.append(GitStyleDiff.fileSection(change.before(), change.after()));
        }
        return diff.toString();
    }

    public synchronized boolean hasChanges() {
        return !changes().isEmpty();
    }

    private void snapshotBeforePatch(String key) {
        Snapshot baseline = baselines.get(key);
        if (baseline == null) {
            baselines.put(key, DiskReader.snapshot(paths.pathOf(key), Long.MAX_VALUE));
        } else if (baseline.exists() && !baseline.contentKnown() && !touched.contains(key)) {
            // Watched by stat only; if it is still as the scan saw it, what it holds now is its baseline.
            Snapshot now = DiskReader.snapshot(paths.pathOf(key), Long.MAX_VALUE);
            if (now.contentKnown() && now.stat().equals(baseline.stat())) {
                baselines.put(key, now);
            }
        }
    }

    private void keepScannedBaseline(String key, Path file, FileStat stat) {
        if (baselines.containsKey(key)) {
            return; // a patch earlier in the turn already recorded it
        }
        byte[] content = null;
        if (stat.size() <= limits.maxFileBytes() && baselineBytes + stat.size() <= limits.maxBaselineBytes()) {
            content = DiskReader.content(file, stat);
            baselineBytes += content == null ? 0 : content.length;
        }
        baselines.put(key, new Snapshot(stat, content));
    }

    private void noteShellChanges() {
        for (String key : manifest.refresh(this::changedUnderSameStat)) {
            // Not seen by the first scan: created during the turn.
            baselines.putIfAbsent(key, Snapshot.ABSENT);
            touched.add(key);
        }
    }

    private boolean changedUnderSameStat(String key) {
        Snapshot baseline = baselines.get(key);
        if (touched.contains(key) || baseline == null || !baseline.contentKnown()) {
            return false;
        }
        return !baseline.sameAs(DiskReader.snapshot(paths.pathOf(key), limits.maxFileBytes()));
    }

    /** Touched files that differ from their baseline, renames paired, in git's order. */
    private List<FileChange> changes() {
        List<FileChange> changes = new ArrayList<>();
        Map<String, DiffSide> removed = new TreeMap<>(GitPathOrder.PATHS);
        Map<String, DiffSide> added = new TreeMap<>(GitPathOrder.PATHS);
        for (String key : touched) {
            Snapshot baseline = baselines.get(key);
            Snapshot now = DiskReader.snapshot(paths.pathOf(key),
                    patched.contains(key) ? Long.MAX_VALUE : limits.maxFileBytes());
            if (baseline == null || baseline.sameAs(now)) {
                continue;
            }
            if (!baseline.exists()) {
                added.put(key, now.side(key));
            } else if (!now.exists()) {
                removed.put(key, baseline.side(key));
            } else {
                changes.add(new FileChange(baseline.side(key), now.side(key)));
            }
        }
        for (RenameDetector.Rename rename : RenameDetector.detect(removed, added, movedFrom)) {
            changes.add(new FileChange(removed.remove(rename.from()), added.remove(rename.to())));
        }
        removed.values().forEach(side -> changes.add(new FileChange(side, null)));
        added.values().forEach(side -> changes.add(new FileChange(null, side)));
        changes.sort(Comparator.comparing(FileChange::listedPath, GitPathOrder.PATHS));
        return changes;
    }

    /** One entry of the diff; a side is null where the file does not exist. */
    private record FileChange(DiffSide before, DiffSide after) {

        /** Git lists a rename where its new path sorts. */
        String listedPath() {
            return after != null ? after.path() : before.path();
        }
    }
}
