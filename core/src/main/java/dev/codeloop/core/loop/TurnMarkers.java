package dev.codeloop.core.loop;

/** Texts the engine adds to the model's history to explain what happened outside the conversation. */
public final class TurnMarkers {

    /** Appended after an interrupt, so the model knows the stop was deliberate. */
    public static final String TURN_ABORTED = "<turn_aborted>\nThe user interrupted the previous turn on purpose. "
            + "Anything it started may be partly done or still running; check the current state before "
            + "repeating an action.\n</turn_aborted>";

    /** Appended when the watchdog stopped a turn that made no progress (no user involved). */
    public static final String TURN_STALLED = "<turn_aborted>\nThe previous turn was stopped because it made no "
            + "progress for too long (the model stream or a tool stalled). Anything it started may be partly done "
            + "or still running; check the current state before repeating an action.\n</turn_aborted>";

    private TurnMarkers() {
    }
}
