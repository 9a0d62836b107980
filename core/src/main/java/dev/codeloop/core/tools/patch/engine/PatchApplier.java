package dev.codeloop.core.tools.patch.engine;

import dev.codeloop.core.tools.patch.engine.PatchException.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PatchPlan} to disk, all of it or none of it. Before writing anything it checks that every file
 * still is what the plan was computed from (approval may take a while, and the user may edit meanwhile). File
 * permissions of updated files are kept; a moved file keeps those of its source; new files get the defaults.
 */
public final class PatchApplier {

    private PatchApplier() {
    }

    public static AppliedPatch apply(PatchPlan plan) throws PatchException {
        return apply(plan, DiskOps.REAL);
    }

    static AppliedPatch apply(PatchPlan plan, DiskOps disk) throws PatchException {
        List<FileTarget> targets = FileTarget.of(plan);
        Map<Path, OriginalFile> originals = new HashMap<>();
        for (FileTarget target : targets) {
            OriginalFile original = OriginalFile.read(target.path());
            requireUnchanged(target, original);
            originals.put(target.path(), original);
        }
        new PatchTransaction(disk, originals).run(targets);
        return new AppliedPatch(plan.changes());
    }

    private static void requireUnchanged(FileTarget target, OriginalFile original) throws PatchException {
        String problem = switch (target.expected()) {
            case ABSENT -> original.exists() ? "was created" : null;
            case ANY_FILE -> original.exists() ? null : "was deleted";
            case TEXT -> !original.hasContent() ? "was deleted"
                    : new String(original.bytes(), StandardCharsets.UTF_8).equals(target.expectedContent()) ? null
                    : "changed";
        };
        if (problem != null) {
            throw new PatchException(Kind.STALE, target.path() + " " + problem + " after the patch was checked, "
                    + "so nothing was written. Read the file again and send a new patch.", target.path());
        }
    }
}
