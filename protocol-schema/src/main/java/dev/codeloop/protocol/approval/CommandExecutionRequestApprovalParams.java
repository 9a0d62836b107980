package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.item.CommandAction;
import java.util.List;

/**
 * Server → client {@code item/commandExecution/requestApproval}: may this command run? {@code itemId} is the
 * {@code commandExecution} item already started for it; {@code reason} is the model's justification when it
 * asked to run outside the sandbox. {@code kind} is always {@code "command"}.
 */
public record CommandExecutionRequestApprovalParams(
        String threadId,
        String turnId,
        String itemId,
        long startedAtMs,
        String kind,
        String approvalId,
        String reason,
        String command,
        String cwd,
        List<CommandAction> commandActions) {
}
