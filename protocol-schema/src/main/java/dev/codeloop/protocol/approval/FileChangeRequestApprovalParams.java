package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.Required;

/**
 * Server → client {@code item/fileChange/requestApproval}: may these edits be applied? The changes are on the
 * {@code fileChange} item {@code itemId}; {@code grantRoot} names a directory outside the writable roots the
 * edit needs, if any.
 */
public record FileChangeRequestApprovalParams(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        long startedAtMs,
        String reason,
        String grantRoot) {
}
