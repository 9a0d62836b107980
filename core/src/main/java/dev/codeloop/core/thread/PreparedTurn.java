package dev.codeloop.core.thread;

import dev.codeloop.core.event.TurnSnapshot;

/**
 * A turn that exists but has not begun emitting events. The app server answers {@code turn/start} with
 * {@link #snapshot()} first and then calls {@link #start()}, so the response always precedes the turn's
 * first notification.
 */
public interface PreparedTurn {

    TurnSnapshot snapshot();

    void start();
}
