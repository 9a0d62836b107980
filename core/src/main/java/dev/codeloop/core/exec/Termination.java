package dev.codeloop.core.exec;

/** How a command run by {@link ProcessRunner} ended. */
public enum Termination {
    /** The process exited on its own (including being killed by a signal nobody in Codeloop sent). */
    EXITED,
    /** The request's timeout elapsed and the process tree was killed. */
    TIMED_OUT,
    /** The cancellation token fired (before or during the run) and the process tree was killed. */
    CANCELLED
}
