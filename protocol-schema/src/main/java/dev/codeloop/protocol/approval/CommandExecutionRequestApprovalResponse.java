package dev.codeloop.protocol.approval;

/** The client's answer to {@code item/commandExecution/requestApproval}. */
public record CommandExecutionRequestApprovalResponse(ApprovalDecision decision) {
}
