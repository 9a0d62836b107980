package dev.codeloop.protocol.approval;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.codeloop.protocol.Experimental;
import dev.codeloop.protocol.Required;
import dev.codeloop.protocol.item.CommandAction;
import java.util.List;

/**
 * Server → client {@code item/commandExecution/requestApproval}: may this command run? The command waits for the
 * answer.
 *
 * @param threadId           the thread it belongs to
 * @param turnId             the turn it belongs to
 * @param itemId             the {@code commandExecution} item already started for this command
 * @param startedAtMs        when that item started, in epoch milliseconds
 * @param kind               always {@code "command"}
 * @param approvalId         never set by Codeloop (always null)
 * @param reason             why approval is asked: the model's justification when it asked to run outside the sandbox,
 *                           or, after a command failed in the sandbox, the offer to run it again without; null
 *                           otherwise
 * @param command            the full command line as one shell-quoted string, as on the item
 * @param cwd                the directory the command runs in
 * @param commandActions     what the command does, parsed for display; may be empty
 * @param availableDecisions (experimental) the decisions the client may answer with, in the order a UI should offer
 *                           them
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
