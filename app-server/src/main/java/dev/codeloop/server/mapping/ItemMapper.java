package dev.codeloop.server.mapping;

import dev.codeloop.core.item.CommandAction;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.protocol.item.CommandExecutionSource;
import dev.codeloop.protocol.item.CommandExecutionStatus;
import dev.codeloop.protocol.item.FileUpdateChange;
import dev.codeloop.protocol.item.PatchApplyStatus;
import dev.codeloop.protocol.item.PatchChangeKind;
import dev.codeloop.protocol.item.ThreadItem;
import dev.codeloop.protocol.item.UserInput;
import java.util.ArrayList;
import java.util.List;

/** Core items to wire items. */
public final class ItemMapper {

    private ItemMapper() {
    }

    public static ThreadItem toWire(Item item) {
        return switch (item) {
            case Item.UserMessage m -> new ThreadItem.UserMessage(m.id(), null, userInputs(m.content()),
                    m.startedAtMs(), m.completedAtMs());
            case Item.AgentMessage m -> new ThreadItem.AgentMessage(m.id(), m.text(), null, m.startedAtMs(),
                    m.completedAtMs());
            case Item.Reasoning r -> new ThreadItem.Reasoning(r.id(), r.summary(), r.content(), r.startedAtMs(),
                    r.completedAtMs());
            case Item.CommandExecution c -> new ThreadItem.CommandExecution(
                    c.id(),
                    c.command(),
                    c.cwd(),
                    c.processId() == null ? null : String.valueOf(c.processId()),
                    CommandExecutionSource.AGENT,
                    status(c.status()),
                    actions(c.actions()),
                    c.aggregatedOutput(),
                    c.exitCode(),
                    c.durationMs(),
                    c.startedAtMs(),
                    c.completedAtMs());
            case Item.FileChange f -> new ThreadItem.FileChange(f.id(), fileChanges(f.changes()), patchStatus(f.status()),
                    f.startedAtMs(), f.completedAtMs());
        };
    }

    private static List<FileUpdateChange> fileChanges(List<Item.FileUpdate> updates) {
        List<FileUpdateChange> wire = new ArrayList<>(updates.size());
        for (Item.FileUpdate update : updates) {
            PatchChangeKind kind = switch (update.kind()) {
                case ADD -> new PatchChangeKind.Add();
                case DELETE -> new PatchChangeKind.Delete();
                case UPDATE -> new PatchChangeKind.Update(update.movePath());
            };
            wire.add(new FileUpdateChange(update.path(), kind, update.diff()));
        }
        return wire;
    }

    private static PatchApplyStatus patchStatus(Item.PatchStatus status) {
        return switch (status) {
            case IN_PROGRESS -> PatchApplyStatus.IN_PROGRESS;
            case COMPLETED -> PatchApplyStatus.COMPLETED;
            case FAILED -> PatchApplyStatus.FAILED;
            case DECLINED -> PatchApplyStatus.DECLINED;
        };
    }

    public static List<ThreadItem> toWire(List<Item> items) {
        List<ThreadItem> wire = new ArrayList<>(items.size());
        for (Item item : items) {
            wire.add(toWire(item));
        }
        return wire;
    }

    private static List<UserInput> userInputs(List<UserContent> content) {
        List<UserInput> inputs = new ArrayList<>(content.size());
        for (UserContent part : content) {
            inputs.add(switch (part) {
                case UserContent.Text t -> new UserInput.Text(t.text(), List.of());
                case UserContent.ImageUrl i -> new UserInput.Image(i.url());
                case UserContent.LocalImage l -> new UserInput.LocalImage(l.path());
            });
        }
        return inputs;
    }

    private static CommandExecutionStatus status(Item.CommandStatus status) {
        return switch (status) {
            case IN_PROGRESS -> CommandExecutionStatus.IN_PROGRESS;
            case COMPLETED -> CommandExecutionStatus.COMPLETED;
            case FAILED -> CommandExecutionStatus.FAILED;
            case DECLINED -> CommandExecutionStatus.DECLINED;
        };
    }

    public static List<dev.codeloop.protocol.item.CommandAction> actions(List<CommandAction> actions) {
        List<dev.codeloop.protocol.item.CommandAction> wire = new ArrayList<>(actions.size());
        for (CommandAction action : actions) {
            wire.add(switch (action) {
                case CommandAction.Read r -> new dev.codeloop.protocol.item.CommandAction.Read(r.command(), r.name(),
                        r.path());
                case CommandAction.ListFiles l ->
                        new dev.codeloop.protocol.item.CommandAction.ListFiles(l.command(), l.path());
                case CommandAction.Search s ->
                        new dev.codeloop.protocol.item.CommandAction.Search(s.command(), s.query(), s.path());
                case CommandAction.Unknown u -> new dev.codeloop.protocol.item.CommandAction.Unknown(u.command());
            });
        }
        return wire;
    }
}
