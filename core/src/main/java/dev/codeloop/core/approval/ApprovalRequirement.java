package dev.codeloop.core.approval;

/** What the approval policy says about an action. */
public enum ApprovalRequirement {
    /** Do it without asking. */
    SKIP,
    /** Ask the client first. */
    ASK,
    /** Refuse without asking (e.g. a destructive command under {@code never}). */
    FORBID
}
