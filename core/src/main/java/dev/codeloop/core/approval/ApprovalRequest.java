package dev.codeloop.core.approval;

import dev.codeloop.core.item.CommandAction;
import java.util.List;

/** What the client is asked to approve. {@code itemId} is the item shown to the user for it. */
public sealed interface ApprovalRequest {

    String itemId();

    long startedAtMs();

    /**
     * Run a command.
     *
     * @param reason why approval is needed (the model's justification for an escalation), or null
     */
    record Command(String itemId, long startedAtMs, String command, String cwd, List<CommandAction> actions,
                   String reason) implements ApprovalRequest {
    }

    /**
     * Apply file changes (the changes themselves are on the item).
     *
     * @param reason    why approval is needed, or null
     * @param grantRoot a directory the change would need write access to, outside the writable roots; or null
     */
    record FileChange(String itemId, long startedAtMs, String reason, String grantRoot) implements ApprovalRequest {
    }
}
