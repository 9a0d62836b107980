package dev.codeloop.protocol.approval;

/** The client's answer to {@code item/fileChange/requestApproval}. */
public record FileChangeRequestApprovalResponse(ApprovalDecision decision) {
}
