package dev.codeloop.server.mapping;

import dev.codeloop.core.event.ThreadRuntimeStatus;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.core.thread.ThreadSettings;
import dev.codeloop.core.thread.ThreadView;
import dev.codeloop.protocol.thread.GitInfo;
import dev.codeloop.protocol.thread.SessionSource;
import dev.codeloop.protocol.thread.ThreadInfo;
import dev.codeloop.protocol.thread.ThreadStatus;
import dev.codeloop.protocol.turn.Turn;
import java.util.ArrayList;
import java.util.List;

/** Core thread views to the wire {@code Thread} object. */
public final class ThreadMapper {

    /** Reported as {@code cliVersion}: the server version that created the thread. */
    private final String serverVersion;
    private final String originator;

    public ThreadMapper(String serverVersion, String originator) {
        this.serverVersion = serverVersion;
        this.originator = originator;
    }

    public ThreadInfo toWire(ThreadView view) {
        List<Turn> turns = new ArrayList<>(view.turns().size());
        for (TurnSnapshot turn : view.turns()) {
            turns.add(TurnMapper.toWire(turn));
        }
        ThreadSettings settings = view.settings();
        return new ThreadInfo(
                view.id(),
                view.id(),
                view.forkedFromId(),
                view.preview(),
                view.ephemeral(),
                settings.providerId(),
                settings.model(),
                settings.reasoningEffort() == null ? null : settings.reasoningEffort().wireValue(),
                view.createdAt(),
                view.updatedAt(),
                status(view.status()),
                view.path() == null ? null : view.path().toString(),
                settings.cwd() == null ? null : settings.cwd().toString(),
                serverVersion,
                originator,
                SessionSource.APP_SERVER,
                view.gitInfo() == null ? null
                        : new GitInfo(view.gitInfo().sha(), view.gitInfo().branch(), view.gitInfo().originUrl()),
                view.name(),
                null,
                turns);
    }

    public static ThreadStatus status(ThreadRuntimeStatus status) {
        return switch (status) {
            case ThreadRuntimeStatus.NotLoaded n -> new ThreadStatus.NotLoaded();
            case ThreadRuntimeStatus.Idle i -> new ThreadStatus.Idle();
            case ThreadRuntimeStatus.SystemError e -> new ThreadStatus.SystemError();
            case ThreadRuntimeStatus.Active a -> new ThreadStatus.Active(a.waitingOnApproval()
                    ? List.of(ThreadStatus.ActiveFlag.WAITING_ON_APPROVAL) : List.of());
        };
    }
}
