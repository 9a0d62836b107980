package dev.codeloop.core.tools.patch;

import dev.codeloop.core.approval.ApprovalPolicyEvaluator;
import dev.codeloop.core.approval.ApprovalRequest;
import dev.codeloop.core.approval.ApprovalRequirement;
import dev.codeloop.core.approval.ReviewDecision;
import dev.codeloop.core.approval.TurnApprovals;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.sandbox.SandboxCommand;
import dev.codeloop.core.sandbox.WritableRoots;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import dev.codeloop.core.tools.patch.engine.AppliedPatch;
import dev.codeloop.core.tools.patch.engine.FileChange;
import dev.codeloop.core.tools.patch.engine.Patch;
import dev.codeloop.core.tools.patch.engine.PatchApplier;
import dev.codeloop.core.tools.patch.engine.PatchException;
import dev.codeloop.core.tools.patch.engine.PatchParser;
import dev.codeloop.core.tools.patch.engine.PatchPlan;
import dev.codeloop.core.tools.patch.engine.PatchPlanner;
import dev.codeloop.core.tools.patch.engine.WritablePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One apply_patch, however the model sent it (freeform tool, JSON function, or through the shell): parse,
 * plan every file in memory, show the {@code fileChange} item, ask when the approval policy says so, then
 * write all files or none, and report the turn's diff.
 */
public final class PatchExecution {

    private PatchExecution() {
    }

    public static ToolResult run(String patchText, String itemId, Path cwd, ToolContext context) {
        long started = System.nanoTime();
        Patch patch;
        try {
            patch = PatchParser.parse(patchText);
        } catch (PatchException e) {
            return ToolResult.error("apply_patch verification failed: " + e.getMessage());
        }
        Optional<List<Path>> roots = WritableRoots.of(context.sandbox(), cwd, context.shellEnv());
        Path outside = null;
        PatchPlan plan;
        try {
            try {
                plan = PatchPlanner.plan(patch, cwd,
                        roots.map(WritablePolicy::roots).orElse(WritablePolicy.UNRESTRICTED));
            } catch (PatchException e) {
                if (e.kind() != PatchException.Kind.OUTSIDE_WRITABLE_ROOTS) {
                    throw e;
                }
                // Outside the writable roots: plan anyway, so the user can be shown the change and decide.
                outside = e.path();
                plan = PatchPlanner.plan(patch, cwd, WritablePolicy.UNRESTRICTED);
            }
        } catch (PatchException e) {
            return ToolResult.error("apply_patch verification failed: " + e.getMessage());
        }
        if (outside == null && roots.isPresent()) {
            // Inside a writable root, .git and Codeloop's own directories stay read-only, as for commands.
            outside = touchedPaths(plan).stream()
                    .filter(path -> SandboxCommand.isProtected(path, roots.get())).findFirst().orElse(null);
        }

        TurnEmitter events = context.events();
        long startedAtMs = events.nowMs();
        List<Item.FileUpdate> updates = updates(plan);
        events.itemStarted(new Item.FileChange(itemId, updates, Item.PatchStatus.IN_PROGRESS, startedAtMs, null));
        Set<Path> touched = touchedPaths(plan);
        TurnApprovals approvals = context.approvals();
        ApprovalRequirement requirement = ApprovalPolicyEvaluator.forPatch(context.approvalPolicy(), outside != null,
                approvals.session().filesApproved(touched));
        switch (requirement) {
            case SKIP -> { }
            case FORBID -> {
                finish(events, itemId, updates, Item.PatchStatus.DECLINED, startedAtMs);
                return ToolResult.error("apply_patch refused: " + outside + " is not writable (the writable roots are "
                        + describe(roots) + ", and their .git directories stay read-only) and the approval policy is "
                        + "`never`, so the user cannot be asked.");
            }
            case ASK -> {
                approvals.beginWaiting();
                String reason = outside == null ? null : "The patch writes where the sandbox does not allow: " + outside;
                ReviewDecision decision = approvals.ask(new ApprovalRequest.FileChange(itemId, startedAtMs, reason,
                        outside == null ? null : String.valueOf(outside.getParent())));
                approvals.endWaiting();
                if (!decision.approved()) {
                    finish(events, itemId, updates, Item.PatchStatus.DECLINED, startedAtMs);
                    return ToolResult.error("patch rejected by user"
                            + (decision == ReviewDecision.CANCEL ? "; the user stopped the turn" : ""));
                }
                if (decision == ReviewDecision.ACCEPT_FOR_SESSION) {
                    approvals.session().approveFiles(touched);
                }
            }
        }

        AppliedPatch applied;
        context.changes().beforePatch(touched);
        try {
            applied = PatchApplier.apply(plan);
        } catch (PatchException e) {
            finish(events, itemId, updates, Item.PatchStatus.FAILED, startedAtMs);
            return ToolResult.error("apply_patch failed, nothing was changed: " + e.getMessage());
        }
        finish(events, itemId, updates, Item.PatchStatus.COMPLETED, startedAtMs);
        context.changes().afterPatch(moves(plan));
        double seconds = (System.nanoTime() - started) / 1e9;
        return ToolResult.ok("Exit code: 0\nWall time: " + String.format(java.util.Locale.ROOT, "%.1f", seconds)
                + " seconds\nOutput:\n" + applied.summary(cwd));
    }

    private static void finish(TurnEmitter events, String itemId, List<Item.FileUpdate> updates,
                               Item.PatchStatus status, long startedAtMs) {
        events.itemCompleted(new Item.FileChange(itemId, updates, status, startedAtMs, events.nowMs()));
    }

    private static List<Item.FileUpdate> updates(PatchPlan plan) {
        List<Item.FileUpdate> updates = new ArrayList<>();
        for (FileChange change : plan.changes()) {
            Item.FileUpdateKind kind = switch (change.kind()) {
                case ADD -> Item.FileUpdateKind.ADD;
                case DELETE -> Item.FileUpdateKind.DELETE;
                case UPDATE -> Item.FileUpdateKind.UPDATE;
            };
            updates.add(new Item.FileUpdate(change.path().toString(), kind,
                    change.movePath() == null ? null : change.movePath().toString(), change.unifiedDiff()));
        }
        return updates;
    }

    private static Set<Path> touchedPaths(PatchPlan plan) {
        Set<Path> paths = new LinkedHashSet<>();
        for (FileChange change : plan.changes()) {
            paths.add(change.path());
            if (change.movePath() != null) {
                paths.add(change.movePath());
            }
        }
        return paths;
    }

    private static Map<Path, Path> moves(PatchPlan plan) {
        Map<Path, Path> moves = new LinkedHashMap<>();
        for (FileChange change : plan.changes()) {
            if (change.movePath() != null) {
                moves.put(change.path(), change.movePath());
            }
        }
        return moves;
    }

    private static String describe(Optional<List<Path>> roots) {
        return roots.map(list -> list.isEmpty() ? "none: the sandbox is read-only"
                : String.join(", ", list.stream().map(Path::toString).toList())).orElse("everywhere");
    }
}
