package dev.codeloop.core.event;

/** Receives a thread's events. Called on engine threads; must not block for long. */
@FunctionalInterface
public interface ThreadEventListener {

    void onEvent(ThreadEvent event);
}
