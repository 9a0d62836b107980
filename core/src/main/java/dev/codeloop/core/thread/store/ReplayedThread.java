package dev.codeloop.core.thread.store;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.history.ResponseItem;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread rebuilt from its log, ready to resume or show.
 *
 * @param history          what to send the model next: every surviving history item in log order, followed,
 *                         when the last turn never ended, by "aborted" outputs for its unanswered tool calls
 * @param historyTurnIds   for each history item, the turn that added it (null for items outside any turn)
 * @param turns            the surviving turns, oldest first
 * @param lastContext      the settings of the last surviving turn that recorded them, or null
 * @param totalUsage       the thread's running token total from the last usage record, or ZERO
 * @param lastUsage        the last model response's usage, or null
 * @param preview          the first surviving user message's first non-blank text, or ""
 * @param updatedAtMs      when the last record was written
 * @param incompleteTurn   the last turn has no completion record (the process died or was killed mid-turn)
 * @param incompleteTurnId that turn's id, or null
 * @param repairRecords    what to append to the log before resuming, so the log itself records the
 *                         synthesized outputs and the turn's end (empty when the log is complete)
 */
public record ReplayedThread(
        ThreadMeta meta,
        List<ResponseItem> history,
        List<String> historyTurnIds,
        List<ReplayedTurn> turns,
        RolloutRecord.TurnContext lastContext,
        TokenUsage totalUsage,
        TokenUsage lastUsage,
        String preview,
        long updatedAtMs,
        boolean incompleteTurn,
        String incompleteTurnId,
        List<RolloutRecord> repairRecords) {

    public ReplayedThread {
        history = List.copyOf(history);
        // Nulls are meaningful here (items outside any turn), so no List.copyOf.
        historyTurnIds = java.util.Collections.unmodifiableList(new ArrayList<>(historyTurnIds));
        turns = List.copyOf(turns);
        repairRecords = List.copyOf(repairRecords);
    }
}
