package dev.codeloop.core.model;

/** Receives a response's events on the thread that called {@link ModelClient#stream}. */
@FunctionalInterface
public interface ModelEventListener {

    void onEvent(ModelEvent event);
}
