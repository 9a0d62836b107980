package dev.codeloop.core.tools.shell;

import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.exec.ExecOutputListener;
import dev.codeloop.core.exec.ExecResult;
import dev.codeloop.core.exec.Termination;
import dev.codeloop.core.item.CommandAction;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.tools.ToolResult;
import java.util.List;

/**
 * One command's {@code commandExecution} item: started (when the process starts, or earlier when approval is
 * asked first), output deltas while it runs, completed at the end (completed, failed or declined).
 */
final class CommandRun implements ExecOutputListener {

    private final String itemId;
    private final String command;
    private final String cwd;
    private final List<CommandAction> actions;
    private final TurnEmitter events;
    private volatile Long pid;
    private long startedAtMs;
    private boolean started;

    CommandRun(String itemId, String command, String cwd, List<CommandAction> actions, TurnEmitter events) {
        this.itemId = itemId;
        this.command = command;
        this.cwd = cwd;
        this.actions = actions;
        this.events = events;
    }

    String itemId() {
        return itemId;
    }

    long startedAtMs() {
        return startedAtMs;
    }

    /** Emits item/started once (without a pid when the process has not started yet). */
    void started(Long processId) {
        if (started) {
            return;
        }
        started = true;
        startedAtMs = events.nowMs();
        events.itemStarted(item(Item.CommandStatus.IN_PROGRESS, processId, null, null, null, null));
    }

    @Override
    public void onStart(long processId) {
        pid = processId < 0 ? null : processId;
        started(pid);
    }

    @Override
    public void onOutput(String chunk) {
        events.commandOutput(itemId, chunk);
    }

    void finished(ExecResult result) {
        started(null);
        Item.CommandStatus status = result.termination() == Termination.EXITED && result.exitCode() == 0
                ? Item.CommandStatus.COMPLETED : Item.CommandStatus.FAILED;
        events.itemCompleted(item(status, pid, result.output(), result.exitCode(), result.duration().toMillis(),
                events.nowMs()));
    }

    /** The user (or the policy) refused the command: it never ran. */
    void declined() {
        started(null);
        events.itemCompleted(item(Item.CommandStatus.DECLINED, null, null, null, null, events.nowMs()));
    }

    ToolResult failedToStart(String message) {
        started(null);
        events.itemCompleted(item(Item.CommandStatus.FAILED, null, message, -1, 0L, events.nowMs()));
        return ToolResult.error(message);
    }

    private Item.CommandExecution item(Item.CommandStatus status, Long processId, String output, Integer exitCode,
                                       Long durationMs, Long completedAtMs) {
        return new Item.CommandExecution(itemId, command, cwd, processId, status, actions, output, exitCode,
                durationMs, startedAtMs, completedAtMs);
    }
}
