package dev.codeloop.core.approval;

/** The client's answer to an approval request. */
public enum ReviewDecision {
    /** Go ahead, this once. */
    ACCEPT,
    /** Go ahead, and do not ask again for the same command (or the same files) in this thread. */
    ACCEPT_FOR_SESSION,
    /** Do not do it; the model is told and the turn goes on. */
    DECLINE,
    /** Do not do it, and stop the turn. */
    CANCEL;

    public boolean approved() {
        return this == ACCEPT || this == ACCEPT_FOR_SESSION;
    }
}
