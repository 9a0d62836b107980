package dev.codeloop.core.thread.store;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.ReasoningEffort;
import dev.codeloop.core.config.ReasoningSummary;
import dev.codeloop.core.event.PlanStep;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One line of a thread log. The log is append-only: replaying its records in order rebuilds both what the
 * model saw and what the client was shown. A null {@code turnId} means "outside any turn" (e.g. history
 * copied into a fork); such records are never dropped by a rollback.
 */
public sealed interface RolloutRecord {

    /** {@code session_meta}: always the first line, written by {@link RolloutWriter#create}. */
    record Meta(ThreadMeta meta) implements RolloutRecord {
        public Meta {
            Objects.requireNonNull(meta, "meta");
        }
    }

    /** {@code turn_context}: the settings one turn ran with, written when it starts. */
    record TurnContext(String turnId, long startedAtMs, Path cwd, String model, ApprovalPolicy approvalPolicy,
                       SandboxPolicy sandbox, ReasoningEffort effort, ReasoningSummary summary)
            implements RolloutRecord {
        public TurnContext {
            Objects.requireNonNull(turnId, "turnId");
            Objects.requireNonNull(cwd, "cwd");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(approvalPolicy, "approvalPolicy");
            Objects.requireNonNull(sandbox, "sandbox");
        }
    }

    /** {@code response_item}: one entry of the model-visible history, in the Responses API shape. */
    record HistoryItem(String turnId, ResponseItem item) implements RolloutRecord {
        public HistoryItem {
            Objects.requireNonNull(item, "item");
        }
    }

    /** {@code item_completed}: a client-visible item in its final state. */
    record ItemCompleted(String turnId, Item item) implements RolloutRecord {
        public ItemCompleted {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(item.id(), "item.id");
        }
    }

    /** {@code plan_updated}: the model's checklist after an {@code update_plan} call. */
    record PlanUpdated(String turnId, String explanation, List<PlanStep> plan) implements RolloutRecord {
        public PlanUpdated {
            plan = List.copyOf(plan);
        }
    }

    /** {@code token_count}: usage after a model response; {@code total} is the thread's running sum. */
    record TokenCount(String turnId, TokenUsage total, TokenUsage last) implements RolloutRecord {
        public TokenCount {
            Objects.requireNonNull(total, "total");
        }
    }

    /** {@code turn_completed}: how a turn ended; {@code failure} is set when it failed. */
    record TurnCompleted(String turnId, TurnSnapshot.TurnStatus status, TurnFailure failure, long completedAtMs)
            implements RolloutRecord {
        public TurnCompleted {
            Objects.requireNonNull(turnId, "turnId");
            Objects.requireNonNull(status, "status");
        }
    }

    /** {@code thread_rolled_back}: forget the last {@code numTurns} turns still standing. */
    record RolledBack(int numTurns) implements RolloutRecord {
        public RolledBack {
            if (numTurns < 1) {
                throw new IllegalArgumentException("numTurns must be at least 1, got " + numTurns);
            }
        }
    }
}
