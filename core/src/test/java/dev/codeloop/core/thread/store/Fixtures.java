package dev.codeloop.core.thread.store;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.ReasoningEffort;
import dev.codeloop.core.config.ReasoningSummary;
import dev.codeloop.core.config.Verbosity;
import dev.codeloop.core.event.PlanStep;
import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.history.ResponseItem.ContentPart;
import dev.codeloop.core.item.CommandAction;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.sandbox.SandboxPolicy;
import dev.codeloop.core.thread.store.RolloutRecord.HistoryItem;
import dev.codeloop.core.thread.store.RolloutRecord.ItemCompleted;
import dev.codeloop.core.thread.store.RolloutRecord.TurnCompleted;
import dev.codeloop.core.thread.store.RolloutRecord.TurnContext;
import java.nio.file.Path;
import java.util.List;

/** Sample threads, records and items for the store tests. */
final class Fixtures {

    static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    private Fixtures() {
    }

    static ThreadMeta meta(String id) {
        return meta(id, T0, "/work/project", "openai");
    }

    static ThreadMeta meta(String id, long createdAtMs, String cwd, String provider) {
        return new ThreadMeta(id, null, createdAtMs, Path.of(cwd), "gpt-5", provider, ApprovalPolicy.ON_REQUEST,
                new SandboxPolicy.WorkspaceWrite(List.of(Path.of("/tmp/extra")), false, false, true),
                null, null, null, "You are Codeloop.", null, "codeloop-tests", "appServer", "0.1.0", null);
    }

    /** A meta with every optional field set. */
    static ThreadMeta fullMeta() {
        return new ThreadMeta("thread-full", "thread-parent", T0 + 123, Path.of("/work/full"), "gpt-5-codex",
                "azure", ApprovalPolicy.UNTRUSTED, new SandboxPolicy.ReadOnly(true), ReasoningEffort.XHIGH,
                ReasoningSummary.DETAILED, Verbosity.LOW, "base\ninstructions \"quoted\"", "be terse",
                "vscode", "appServer", "1.2.3", new GitInfo("abc123", "main", "git@example.com:o/r.git"));
    }

    static TurnContext context(String turnId, long startedAtMs) {
        return new TurnContext(turnId, startedAtMs, Path.of("/work/project"), "gpt-5", ApprovalPolicy.NEVER,
                new SandboxPolicy.DangerFullAccess(), ReasoningEffort.HIGH, ReasoningSummary.AUTO);
    }

    static Item.UserMessage userMessage(String id, String text) {
        return new Item.UserMessage(id, List.of(new UserContent.Text(text)), T0, T0);
    }

    static TurnCompleted completed(String turnId) {
        return new TurnCompleted(turnId, TurnStatus.COMPLETED, null, T0 + 9_000);
    }

    /** One of every ResponseItem shape, including the awkward ones (nulls, unicode, newlines). */
    static List<ResponseItem> everyResponseItem() {
        return List.of(
                ResponseItem.Message.developerText("<permissions>\nsandbox: workspace-write\n</permissions>"),
                new ResponseItem.Message("user", List.of(
                        new ContentPart.InputText("fix the bug ✓ «ünïcode» 🚀 \u2028 \t tab"),
                        new ContentPart.InputImage("data:image/png;base64,iVBORw0KGgo="))),
                ResponseItem.Message.assistantText("Done."),
                new ResponseItem.Reasoning("rs_1", List.of("**Looking**", "second part"), "gAAAAB-encrypted=="),
                new ResponseItem.Reasoning(null, List.of(), null),
                new ResponseItem.FunctionCall("call_1", "shell", "{\"command\":[\"ls\",\"-la\"]}"),
                new ResponseItem.FunctionCallOutput("call_1", "{\"output\":\"a\\nb\",\"metadata\":{\"exit_code\":0}}"),
                new ResponseItem.CustomToolCall("call_2", "apply_patch", "*** Begin Patch\n*** End Patch\n"),
                new ResponseItem.CustomToolCallOutput("call_2", "Success. Updated the following files:\nM a.txt\n"));
    }

    /** One of every Item type with every field set, plus variants with the nullable fields null. */
    static List<Item> everyItem() {
        return List.of(
                new Item.UserMessage("u1", List.of(new UserContent.Text("hello"),
                        new UserContent.ImageUrl("https://example.com/a.png"),
                        new UserContent.LocalImage("/tmp/screenshot.png")), T0, T0 + 1),
                new Item.AgentMessage("a1", "Here is the answer.\n```java\nint x;\n```", T0 + 2, T0 + 3),
                new Item.Reasoning("r1", List.of("summary one", "summary two"), List.of("raw"), T0 + 4, T0 + 5),
                new Item.CommandExecution("call_1", "bash -lc 'rg -n foo src'", "/work/project", 4242L,
                        Item.CommandStatus.COMPLETED,
                        List.of(new CommandAction.Read("cat a.txt", "a.txt", "/work/project/a.txt"),
                                new CommandAction.ListFiles("ls src", "src"),
                                new CommandAction.Search("rg -n foo src", "foo", "src"),
                                new CommandAction.Unknown("make")),
                        "src/a.java:1:foo\n\u001b[31mred\u001b[0m\n", 0, 1234L, T0 + 6, T0 + 7),
                new Item.CommandExecution("call_2", "false", "/work", null, Item.CommandStatus.DECLINED, List.of(),
                        null, null, null, T0 + 8, null),
                new Item.CommandExecution("call_3", "exit 2", "/work", 7L, Item.CommandStatus.FAILED,
                        List.of(new CommandAction.ListFiles("ls", null), new CommandAction.Search("rg x", null, null)),
                        "", -2, 5L, null, null),
                new Item.FileChange("call_4", List.of(
                        new Item.FileUpdate("/work/a.txt", Item.FileUpdateKind.ADD, null, "new content\n"),
                        new Item.FileUpdate("/work/b.txt", Item.FileUpdateKind.DELETE, null, "old content\n"),
                        new Item.FileUpdate("/work/c.txt", Item.FileUpdateKind.UPDATE, "/work/d.txt",
                                "@@ -1 +1 @@\n-a\n+b\n")),
                        Item.PatchStatus.COMPLETED, T0 + 9, T0 + 10),
                new Item.FileChange("call_5", List.of(), Item.PatchStatus.IN_PROGRESS, null, null));
    }

    /** One of every record kind (after the meta). */
    static List<RolloutRecord> everyRecord() {
        List<RolloutRecord> records = new java.util.ArrayList<>();
        records.add(context("turn-1", T0 + 1));
        records.add(new TurnContext("turn-1", T0 + 1, Path.of("/w"), "o3", ApprovalPolicy.ON_FAILURE,
                new SandboxPolicy.ExternalSandbox(true), null, null));
        everyResponseItem().forEach(item -> records.add(new HistoryItem("turn-1", item)));
        records.add(new HistoryItem(null, ResponseItem.Message.userText("outside any turn")));
        everyItem().forEach(item -> records.add(new ItemCompleted("turn-1", item)));
        records.add(new RolloutRecord.PlanUpdated("turn-1", "Working on it", List.of(
                new PlanStep("read code", PlanStep.Status.COMPLETED),
                new PlanStep("fix", PlanStep.Status.IN_PROGRESS),
                new PlanStep("test", PlanStep.Status.PENDING))));
        records.add(new RolloutRecord.PlanUpdated("turn-1", null, List.of()));
        records.add(new RolloutRecord.TokenCount("turn-1", new TokenUsage(100, 20, 30, 5, 130),
                new TokenUsage(10, 2, 3, 1, 13)));
        records.add(new RolloutRecord.TokenCount("turn-1", TokenUsage.ZERO, null));
        records.add(new TurnCompleted("turn-1", TurnStatus.FAILED, new TurnFailure("usage limit reached",
                TurnFailure.Kind.USAGE_LIMIT_EXCEEDED, 429, "try again in 5m"), T0 + 99));
        records.add(new TurnCompleted("turn-2", TurnStatus.COMPLETED, null, T0 + 100));
        records.add(new RolloutRecord.RolledBack(3));
        return records;
    }
}
