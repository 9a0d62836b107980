package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.Required;

/**
 * Server → client {@code item/fileChange/requestApproval}: may these edits be applied? The edits wait for the answer.
 *
 * @param threadId    the thread it belongs to
 * @param turnId      the turn it belongs to
 * @param itemId      the {@code fileChange} item that carries the proposed changes
 * @param startedAtMs when that item started, in epoch milliseconds
 * @param reason      why approval is asked, or null
 * @param grantRoot   a directory outside the writable roots that the edit needs write access to; null when none
 */
public record FileChangeRequestApprovalParams(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        long startedAtMs,
        String reason,
        String grantRoot) {
}
