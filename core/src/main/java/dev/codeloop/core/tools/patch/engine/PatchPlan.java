package dev.codeloop.core.tools.patch.engine;

import java.util.List;

/**
 * A patch checked against the files and computed in memory, nothing written yet: one change per file operation,
 * in the patch's order. Show it for approval, then hand it to {@link PatchApplier}.
 */
public record PatchPlan(List<FileChange> changes) {

    public PatchPlan {
        changes = List.copyOf(changes);
    }
}
