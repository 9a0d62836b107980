package dev.codeloop.core.thread;

import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.thread.store.RolloutRecord;
import dev.codeloop.core.thread.store.RolloutWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a thread's log as things happen: each history item when it is appended, each client-visible item when
 * it completes, token counts, plans, turn starts and ends. It sees events before the client does, so what a
 * client was shown is on disk. A write failure is logged once and does not stop the conversation.
 */
final class ThreadRecorder implements ThreadEventListener, ConversationHistory.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadRecorder.class);

    private final RolloutWriter writer;
    private final Runnable afterTurn;
    private boolean failed;

    /** @param afterTurn runs when a turn's end is written (the index learns the thread changed) */
    ThreadRecorder(RolloutWriter writer, Runnable afterTurn) {
        this.writer = writer;
        this.afterTurn = afterTurn;
    }

    Path path() {
        return writer.path();
    }

    void turnStarted(String turnId, long startedAtMs, ThreadSettings settings) {
        write(new RolloutRecord.TurnContext(turnId, startedAtMs, settings.cwd(), settings.model(),
                settings.approvalPolicy(), settings.sandboxPolicy(), settings.reasoningEffort(),
                settings.reasoningSummary()));
    }

    void rolledBack(int numTurns) {
        write(new RolloutRecord.RolledBack(numTurns));
    }

    void write(RolloutRecord record) {
        synchronized (this) {
            if (failed) {
                return;
            }
            try {
                writer.append(record);
            } catch (UncheckedIOException e) {
                failed = true;
                LOG.error("cannot write the thread log {}; the thread goes on unrecorded", writer.path(), e);
            }
        }
    }

    @Override
    public void appended(String turnId, ResponseItem item) {
        write(new RolloutRecord.HistoryItem(turnId, item));
    }

    @Override
    public void onEvent(ThreadEvent event) {
        switch (event) {
            case ThreadEvent.ItemCompleted e -> write(new RolloutRecord.ItemCompleted(e.turnId(), e.item()));
            case ThreadEvent.PlanUpdated e -> write(new RolloutRecord.PlanUpdated(e.turnId(), e.explanation(), e.plan()));
            case ThreadEvent.TokenUsageUpdated e -> write(new RolloutRecord.TokenCount(e.turnId(), e.total(), e.last()));
            case ThreadEvent.TurnCompleted e -> {
                write(new RolloutRecord.TurnCompleted(e.turn().id(), e.turn().status(), e.turn().error(),
                        System.currentTimeMillis()));
                afterTurn.run();
            }
            default -> { }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            writer.close();
        }
    }
}
