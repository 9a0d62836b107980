package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.Required;

/**
 * The client's answer to {@code item/fileChange/requestApproval}.
 *
 * @param decision the client's decision
 */
public record FileChangeRequestApprovalResponse(@Required ApprovalDecision decision) {
}
