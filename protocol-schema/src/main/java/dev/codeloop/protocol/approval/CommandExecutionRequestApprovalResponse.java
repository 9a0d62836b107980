package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.Required;

/** The client's answer to {@code item/commandExecution/requestApproval}. */
public record CommandExecutionRequestApprovalResponse(@Required ApprovalDecision decision) {
}
