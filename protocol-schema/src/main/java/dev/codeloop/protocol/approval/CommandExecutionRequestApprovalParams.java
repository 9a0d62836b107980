package dev.codeloop.protocol.approval;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.codeloop.protocol.Experimental;
import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.item.CommandAction;
import java.util.List;

/**
 * Server → client {@code item/commandExecution/requestApproval}: may this command run? {@code itemId} is the
 * {@code commandExecution} item already started for it; {@code reason} is the model's justification when it
 * asked to run outside the sandbox. {@code kind} is always {@code "command"}. {@code availableDecisions}
 * (experimental) lists the decisions the client may answer with, in the order a UI should offer them.
 */
public record CommandExecutionRequestApprovalParams(
        @Required String threadId,
        @Required String turnId,
        @Required String itemId,
        long startedAtMs,
        String kind,
        String approvalId,
        String reason,
        String command,
        String cwd,
        List<CommandAction> commandActions,
        @Experimental("item/commandExecution/requestApproval.availableDecisions")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ApprovalDecision> availableDecisions) {
}
