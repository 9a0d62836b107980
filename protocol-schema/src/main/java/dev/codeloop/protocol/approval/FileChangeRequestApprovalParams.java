package dev.codeloop.protocol.approval;

/**
 * Server → client {@code item/fileChange/requestApproval}: may these edits be applied? The changes are on the
 * {@code fileChange} item {@code itemId}; {@code grantRoot} names a directory outside the writable roots the
 * edit needs, if any.
 */
public record FileChangeRequestApprovalParams(
        String threadId,
        String turnId,
        String itemId,
        long startedAtMs,
        String reason,
        String grantRoot) {
}
