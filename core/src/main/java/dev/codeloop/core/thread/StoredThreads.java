package dev.codeloop.core.thread;

import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.event.TurnSnapshot.ItemsView;
import dev.codeloop.core.history.ConversationHistory;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.thread.store.IndexEntry;
import dev.codeloop.core.thread.store.ReplayedThread;
import dev.codeloop.core.thread.store.ReplayedTurn;
import dev.codeloop.core.thread.store.RolloutException;
import dev.codeloop.core.thread.store.RolloutReader;
import dev.codeloop.core.thread.store.SessionPaths;
import dev.codeloop.core.thread.store.ThreadIndex;
import dev.codeloop.core.thread.store.ThreadReplay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Threads on disk: where their logs are, the index that lists them, and reading a log back into what a client
 * or a resumed thread needs. The index is built on first use, never at startup.
 */
final class StoredThreads {

    private final Path home;
    private final SessionPaths paths;
    private volatile ThreadIndex index;

    StoredThreads(Path home) {
        this.home = home;
        this.paths = new SessionPaths(home);
    }

    SessionPaths paths() {
        return paths;
    }

    ThreadIndex index() {
        ThreadIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = new ThreadIndex(paths);
                }
                current = index;
            }
        }
        return current;
    }

    /** The log of a stored thread; a clear error for an unknown id or an unreadable log. */
    Path logOf(String threadId) throws NoSuchThreadException {
        IndexEntry entry = index().get(threadId).orElse(null);
        if (entry == null) {
            String problem = index().problems().get(threadId);
            throw new NoSuchThreadException(problem != null ? problem : "thread not found: " + threadId);
        }
        return home.resolve(entry.path());
    }

    /** Reads and replays a stored thread's log. */
    ReplayedThread replay(String threadId) throws NoSuchThreadException {
        Path log = logOf(threadId);
        try {
            return ThreadReplay.replay(RolloutReader.read(log));
        } catch (RolloutException e) {
            throw new NoSuchThreadException(e.getMessage());
        }
    }

    /** What a client sees of a stored, unloaded thread. */
    ThreadView view(String threadId, boolean includeTurns) throws NoSuchThreadException {
        ReplayedThread replayed = replay(threadId);
        IndexEntry entry = index().get(threadId).orElseThrow();
        List<TurnSnapshot> turns = new ArrayList<>();
        if (includeTurns) {
            for (ReplayedTurn turn : replayed.turns()) {
                turns.add(snapshot(turn));
            }
        }
        ThreadSettings settings = settingsOf(replayed);
        return new ThreadView(threadId, false, replayed.preview(), replayed.meta().createdAtMs() / 1000,
                replayed.updatedAtMs() / 1000, new ThreadRuntimeStatus.NotLoaded(), settings,
                home.resolve(entry.path()), turns, entry.name(), replayed.meta().forkedFromId(),
                replayed.meta().gitInfo());
    }

    /** A list entry as a client sees it (not loaded, no turns; only the settings the index knows). */
    ThreadView view(IndexEntry entry) {
        ThreadSettings known = new ThreadSettings(entry.model(), entry.modelProvider(),
                entry.cwd() == null ? null : Path.of(entry.cwd()), null, null, null, null, null, null, null);
        return new ThreadView(entry.id(), false, entry.preview(), entry.createdAtMs() / 1000,
                entry.updatedAtMs() / 1000, new ThreadRuntimeStatus.NotLoaded(), known, home.resolve(entry.path()),
                List.of(), entry.name(), entry.forkedFromId(), null);
    }

    /** The settings a stored thread last ran with: its last turn's context over its creation settings. */
    static ThreadSettings settingsOf(ReplayedThread replayed) {
        var meta = replayed.meta();
        var context = replayed.lastContext();
        return new ThreadSettings(
                context != null ? context.model() : meta.model(),
                meta.modelProvider(),
                context != null ? context.cwd() : meta.cwd(),
                context != null ? context.approvalPolicy() : meta.approvalPolicy(),
                context != null ? context.sandbox() : meta.sandbox(),
                context != null ? context.effort() : meta.reasoningEffort(),
                context != null ? context.summary() : meta.reasoningSummary(),
                meta.verbosity(),
                meta.baseInstructions(),
                meta.developerInstructions());
    }

    static RestoredState restoredState(ReplayedThread replayed, String name) {
        List<ConversationHistory.Entry> history = new ArrayList<>();
        List<ResponseItem> items = replayed.history();
        List<String> turnIds = replayed.historyTurnIds();
        for (int i = 0; i < items.size(); i++) {
            history.add(new ConversationHistory.Entry(turnIds.get(i), items.get(i)));
        }
        List<TurnRecord> turns = new ArrayList<>();
        for (ReplayedTurn turn : replayed.turns()) {
            turns.add(TurnRecord.restored(turn.turnId(), turn.status(), turn.failure(), turn.startedAtMs(),
                    turn.completedAtMs(), turn.items()));
        }
        return new RestoredState(history, turns, replayed.totalUsage(), replayed.preview(), replayed.updatedAtMs(),
                name);
    }

    private static TurnSnapshot snapshot(ReplayedTurn turn) {
        Long duration = turn.startedAtMs() != null && turn.completedAtMs() != null
                ? turn.completedAtMs() - turn.startedAtMs() : null;
        return new TurnSnapshot(turn.turnId(), turn.status(), turn.items(), ItemsView.FULL, turn.failure(),
                seconds(turn.startedAtMs()), seconds(turn.completedAtMs()), duration);
    }

    private static Long seconds(Long ms) {
        return ms == null ? null : ms / 1000;
    }
}
