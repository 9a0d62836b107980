package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.Required;

/**
 * The client's answer to {@code item/commandExecution/requestApproval}.
 *
 * @param decision the client's decision
 */
public record CommandExecutionRequestApprovalResponse(@Required ApprovalDecision decision) {
}
