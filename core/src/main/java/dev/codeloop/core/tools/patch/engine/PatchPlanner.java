package dev.codeloop.core.tools.patch.engine;

import dev.codeloop.core.tools.patch.engine.FileChange.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out what a patch does without touching the disk: resolves and checks every path, reads the files,
 * locates every chunk and computes the new contents. Operations see the effect of earlier ones in the same
 * patch (an Update after an Add of the same file, an Add after a Delete), as if applied in order.
 */
public final class PatchPlanner {

    private final PatchPaths paths;
    private final PlannedFiles files;
    private final List<FileChange> changes = new ArrayList<>();

    private PatchPlanner(PatchPaths paths) {
        this.paths = paths;
        this.files = new PlannedFiles(paths);
    }

    /** The plan for {@code patch}; relative paths are taken from {@code cwd}. */
    public static PatchPlan plan(Patch patch, Path cwd, WritablePolicy policy) throws PatchException {
        PatchPlanner planner = new PatchPlanner(new PatchPaths(cwd, policy));
        for (FileOp op : patch.ops()) {
            switch (op) {
                case FileOp.Add add -> planner.add(add);
                case FileOp.Delete delete -> planner.delete(delete);
                case FileOp.Update update -> planner.update(update);
            }
        }
        return new PatchPlan(planner.changes);
    }

    private void add(FileOp.Add add) throws PatchException {
        Path path = paths.resolve(add.path());
        files.requireCreatable(path, add.path(), "Failed to add " + add.path());
        files.write(path, add.contents());
        changes.add(new FileChange(path, Kind.ADD, null, null, add.contents(), add.contents()));
    }

    private void delete(FileOp.Delete delete) throws PatchException {
        Path path = paths.resolve(delete.path());
        String old = files.readForDelete(path, delete.path());
        files.remove(path);
        changes.add(new FileChange(path, Kind.DELETE, null, old, null, old == null ? "" : old));
    }

    private void update(FileOp.Update update) throws PatchException {
        Path path = paths.resolve(update.path());
        String old = files.readText(path, update.path(), "Failed to update " + update.path());
        FileText text = FileText.parse(old);
        String updated = text.apply(ChunkApplier.replacements(text.lines(), update.chunks(), update.path()));
        Path destination = update.movePath() == null ? null : paths.resolve(update.movePath());
        if (destination != null && destination.equals(path)) {
            destination = null;
        }
        if (destination != null) {
            files.requireCreatable(destination, update.movePath(),
                    "Failed to move " + update.path() + " to " + update.movePath());
            files.remove(path);
            files.write(destination, updated);
        } else {
            files.write(path, updated);
        }
        changes.add(new FileChange(path, Kind.UPDATE, destination, old, updated, UnifiedDiffs.between(old, updated)));
    }
}
