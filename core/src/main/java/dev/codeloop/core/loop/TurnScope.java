package dev.codeloop.core.loop;

import dev.codeloop.core.approval.TurnApprovals;
import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.thread.ThreadSettings;
import dev.codeloop.core.tools.TurnChanges;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Everything one turn works with.
 *
 * @param initialContext model-visible context to record before the user's message (the first turn's
 *                       developer and environment messages); empty on later turns
 * @param userMessageId  id of the turn's userMessage item
 * @param threadUsage    the thread's running token total, updated after each response
 * @param approvals      asks the client for decisions during the turn
 * @param changes        what the turn changed on disk, for the turn diff
 */
public record TurnScope(
        String threadId,
        String turnId,
        ThreadSettings settings,
        ConversationHistory history,
        List<ResponseItem> initialContext,
        String userMessageId,
        List<UserContent> userInput,
        TurnEmitter events,
        CancellationToken cancel,
        TurnServices services,
        AtomicReference<TokenUsage> threadUsage,
        TurnApprovals approvals,
        TurnChanges changes) {
}
