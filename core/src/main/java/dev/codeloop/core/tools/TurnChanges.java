package dev.codeloop.core.tools;

import dev.codeloop.core.diff.TurnDiffTracker;
import dev.codeloop.core.event.TurnEmitter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Everything a turn changes on disk, reported as the aggregated diff: after each edit (when the diff changed)
 * and after each model response (whenever there is one, as Codex does).
 */
public final class TurnChanges {

    private final TurnDiffTracker tracker;
    private final TurnEmitter events;
    private String lastReported = "";

    public TurnChanges(TurnDiffTracker tracker, TurnEmitter events) {
        this.tracker = tracker;
        this.events = events;
    }

    public void beforePatch(Collection<Path> paths) {
        tracker.beforePatch(paths);
    }

    public void afterPatch(Map<Path, Path> moves) {
        tracker.afterPatch(moves);
        reportIfChanged();
    }

    public void beforeCommand() {
        tracker.beforeCommand();
    }

    public void afterCommand() {
        tracker.afterCommand();
        reportIfChanged();
    }

    /** After a model response: the current diff, if the turn changed anything. */
    public void reportIfAny() {
        if (tracker.hasChanges()) {
            report(tracker.unifiedDiff());
        }
    }

    private void reportIfChanged() {
        // An edit that restores the baseline makes the diff empty again: that is news too.
        String diff = tracker.hasChanges() ? tracker.unifiedDiff() : "";
        if (!diff.equals(lastReported)) {
            report(diff);
        }
    }

    private synchronized void report(String diff) {
        lastReported = diff;
        events.turnDiff(diff);
    }
}
