package dev.codeloop.protocol;

/** Who sends a method, and whether it expects an answer. */
public enum Direction {
    /** Client → server request, answered with a result or an error. */
    CLIENT_REQUEST,
    /** Client → server notification. */
    CLIENT_NOTIFICATION,
    /** Server → client request (approvals), answered by the client. */
    SERVER_REQUEST,
    /** Server → client notification (events). */
    SERVER_NOTIFICATION
}
