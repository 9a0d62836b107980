package dev.codeloop.core.tools.patch.engine;

import java.nio.file.Path;
import java.util.List;

/** A patch written to disk: the changes made, in the patch's order. */
public record AppliedPatch(List<FileChange> changes) {

    public AppliedPatch {
        changes = List.copyOf(changes);
    }

    /** What the model is told, in Codex's words; paths inside {@code cwd} are shown relative to it. */
    public String summary(Path cwd) {
        return PatchSummary.of(changes, cwd);
    }
}
