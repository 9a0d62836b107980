package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.Required;

/** The client's answer to {@code item/fileChange/requestApproval}. */
public record FileChangeRequestApprovalResponse(@Required ApprovalDecision decision) {
}
