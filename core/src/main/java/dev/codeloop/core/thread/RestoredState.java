package dev.codeloop.core.thread;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.history.ConversationHistory;
import java.util.List;

/** What a thread starts from when it is resumed or forked; {@link #EMPTY} for a new thread. */
record RestoredState(
        List<ConversationHistory.Entry> history,
        List<TurnRecord> turns,
        TokenUsage usage,
        String preview,
        long updatedAtMs,
        String name) {

    static final RestoredState EMPTY = new RestoredState(List.of(), List.of(), TokenUsage.ZERO, "", 0, null);
}
