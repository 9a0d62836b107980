package dev.codeloop.sample;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Renders the server's notifications for a person at a terminal. {@link #render} turns one event into the
 * text to print now, which keeps the layout testable without a terminal; {@link #onNotification} prints it.
 *
 * <pre>
 * ▶ turn started
 *
 * › What is in this project?
 *
 *   thinking: I'll list the files first.
 *
 * $ ls -la
 *     -rw-r--r-- 1 me me 120 Nov 22 21:07 README.md
 *   exit 0 (0.0 s)
 *
 * ☰ plan
 *     ▶ Fix the greeting
 *     ☐ Run the tests
 *
 * ✎ edit
 *     M hello.py (+1 -1)
 *   applied
 *     hello.py
 *       @@ -1,2 +1,2 @@
 *        def greet(name):
 *       -    return "Hello, " + name
 *       +    return f"Hello, {name}!"
 *
 * It is a tiny greeter.            (streamed as the deltas arrive)
 *
 * diff: 1 file changed, 1 insertion(+), 1 deletion(-)
 * tokens: 2,480 in · 164 out · 2,644 total
 * ✓ turn completed in 1.9 s
 * </pre>
 *
 * Streamed text (agent message, thinking, command output) is printed as it arrives, without waiting for
 * line ends. File paths are shown relative to the thread's cwd (from {@code thread/started}). The turn's
 * diff ({@code turn/diff/updated}, sent several times) is summed up once, at the end of the turn. Approval
 * states ({@code waitingOnApproval}, {@code serverRequest/resolved}) print nothing: whoever answers the
 * request says what is being asked. Events it does not know are skipped.
 */
public final class EventPrinter implements CodeloopClient.NotificationListener {

    /** Command output lines shown per command; the rest is counted, not printed. */
    static final int DEFAULT_MAX_OUTPUT_LINES = 40;
    private static final String OUTPUT_INDENT = "    ";

    private final Ansi ansi;
    private final PrintStream out;
    private final int maxOutputLines;
    private final Map<String, Block> blocks = new HashMap<>();
    private final Set<String> shownUserMessages = new HashSet<>();
    private Block lineOwner;
    private boolean printedAny;
    private TokenCount turnTokens = TokenCount.NONE;
    private TokenCount threadTokens = TokenCount.NONE;
    private String shownError;
    private String workspace;
    private String turnDiff;

    EventPrinter(Ansi ansi, PrintStream out, int maxOutputLines) {
        this.ansi = ansi;
        this.out = out;
        this.maxOutputLines = maxOutputLines;
    }

    /** Prints to {@code out}, in colour only if it is a terminal that wants colour. */
    public static EventPrinter forTerminal(PrintStream out) {
        return new EventPrinter(Ansi.forStdout(System.getenv()), out, DEFAULT_MAX_OUTPUT_LINES);
    }

    /** Plain text, no colour: for logs and tests. */
    public static EventPrinter plain(PrintStream out) {
        return new EventPrinter(Ansi.PLAIN, out, DEFAULT_MAX_OUTPUT_LINES);
    }

    /** Renders and prints one event; synchronized so that nothing else printed through us lands mid-event. */
    @Override
    public synchronized void onNotification(String method, JsonNode params) {
        print(render(method, params));
    }

    /**
     * Ends any half-printed line so the caller can print something of its own (a prompt, a summary); returns
     * the text to print first. Later events start a new block, and a command or edit that goes on after it
     * shows its header line again, so its output is not mistaken for part of what the caller printed.
     */
    public synchronized String interrupt() {
        for (Block block : blocks.values()) {
            block.detached = block.headerShown;
        }
        return startBlock();
    }

    /** Prints {@code text} as is, right away. */
    public synchronized void print(String text) {
        if (!text.isEmpty()) {
            out.print(text);
            out.flush();
        }
    }

    /** The text one notification adds to the screen (often empty). */
    public synchronized String render(String method, JsonNode params) {
        return switch (method) {
            case "thread/started" -> threadStarted(params.path("thread"));
            case "turn/started" -> turnStarted();
            case "item/started" -> itemStarted(params.path("item"));
            case "item/completed" -> itemCompleted(params.path("item"));
            case "item/agentMessage/delta" -> streamed(params, Kind.AGENT_MESSAGE);
            case "item/reasoning/summaryTextDelta" -> streamed(params, Kind.REASONING);
            case "item/reasoning/summaryPartAdded" -> reasoningPartAdded(params);
            case "item/commandExecution/outputDelta" -> streamed(params, Kind.COMMAND);
            case "thread/tokenUsage/updated" -> tokenUsage(params.path("tokenUsage"));
            case "turn/plan/updated" -> startBlock() + PlanView.render(params, ansi);
            case "turn/diff/updated" -> turnDiff(params);
            case "error" -> error(params);
            case "turn/completed" -> turnCompleted(params.path("turn"));
            default -> "";
        };
    }

    private String threadStarted(JsonNode thread) {
        workspace = JsonFields.text(thread, "cwd", workspace);
        return "";
    }

    private String turnStarted() {
        turnTokens = TokenCount.NONE;
        shownError = null;
        turnDiff = null;
        return startBlock() + ansi.cyan(ansi.bold("▶ turn started")) + "\n";
    }

    private String itemStarted(JsonNode item) {
        String id = JsonFields.text(item, "id", "");
        return switch (JsonFields.text(item, "type", "")) {
            case "userMessage" -> userMessage(id, item);
            case "agentMessage" -> {
                open(id, Kind.AGENT_MESSAGE); // printed when its text arrives, so an empty message shows nothing
                yield "";
            }
            case "reasoning" -> {
                open(id, Kind.REASONING);
                yield "";
            }
            case "commandExecution" -> commandStarted(id, item);
            case "fileChange" -> fileChangeStarted(id, item);
            default -> "";
        };
    }

    private String itemCompleted(JsonNode item) {
        String id = JsonFields.text(item, "id", "");
        return switch (JsonFields.text(item, "type", "")) {
            case "userMessage" -> userMessage(id, item);
            case "agentMessage" -> agentMessageCompleted(id, item);
            case "reasoning" -> reasoningCompleted(id, item);
            case "commandExecution" -> commandCompleted(id, item);
            case "fileChange" -> fileChangeCompleted(id, item);
            default -> "";
        };
    }

    private String userMessage(String id, JsonNode item) {
        if (!shownUserMessages.add(id)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : item.path("content")) {
            String partText = JsonFields.text(part, "text");
            if (partText != null) {
                text.append(text.isEmpty() ? "" : "\n").append(partText);
            }
        }
        StringBuilder shown = new StringBuilder(startBlock());
        String[] lines = text.toString().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            shown.append(i == 0 ? "› " : "  ").append(ansi.bold(lines[i])).append('\n');
        }
        return shown.toString();
    }

    private String streamed(JsonNode params, Kind kind) {
        String id = JsonFields.text(params, "itemId", "");
        String delta = JsonFields.text(params, "delta", "");
        return show(open(id, kind), delta);
    }

    private String reasoningPartAdded(JsonNode params) {
        Block block = blocks.get(JsonFields.text(params, "itemId", ""));
        // A new summary part is a new paragraph of the same thought.
        return block != null && block.lines.wroteAnything() ? show(block, "\n\n") : "";
    }

    private String agentMessageCompleted(String id, JsonNode item) {
        Block block = open(id, Kind.AGENT_MESSAGE);
        String text = block.lines.wroteAnything() ? "" : show(block, JsonFields.text(item, "text", ""));
        return text + close(block);
    }

    private String reasoningCompleted(String id, JsonNode item) {
        Block block = open(id, Kind.REASONING);
        String text = "";
        if (!block.lines.wroteAnything()) {
            StringBuilder summary = new StringBuilder();
            for (JsonNode part : item.path("summary")) {
                summary.append(summary.isEmpty() ? "" : "\n\n").append(part.asString());
            }
            text = show(block, summary.toString());
        }
        return text + close(block);
    }

    private String commandStarted(String id, JsonNode item) {
        Block block = open(id, Kind.COMMAND);
        if (block.headerShown && !block.detached) {
            return "";
        }
        block.header = ansi.bold("$ " + CommandText.display(JsonFields.text(item, "command", "?")));
        return showHeader(block);
    }

    private String commandCompleted(String id, JsonNode item) {
        StringBuilder text = new StringBuilder(commandStarted(id, item));
        Block block = blocks.get(id);
        String aggregated = JsonFields.text(item, "aggregatedOutput", "");
        String streamed = block.streamed.toString();
        // Show what the deltas did not carry: everything if none came (Codex sends none for quick commands),
        // or the missing tail. (A missing head cannot be put back above what is already on screen.)
        if (aggregated.startsWith(streamed) && aggregated.length() > streamed.length()) {
            text.append(show(block, aggregated.substring(streamed.length())));
        }
        text.append(close(block));
        text.append("  ").append(commandOutcome(item)).append('\n');
        return text.toString();
    }

    private String commandOutcome(JsonNode item) {
        String status = JsonFields.text(item, "status", "");
        Long exitCode = JsonFields.number(item, "exitCode");
        Long durationMs = JsonFields.number(item, "durationMs");
        String duration = durationMs == null ? "" : " (" + Formats.duration(durationMs) + ")";
        if (status.equals("declined")) {
            return ansi.yellow("declined") + ansi.dim(" (not run)");
        }
        if (exitCode == null) {
            return ansi.red(status.isEmpty() ? "ended" : status) + ansi.dim(duration);
        }
        String exit = "exit " + exitCode;
        return (exitCode == 0 ? ansi.green(exit) : ansi.red(exit)) + ansi.dim(duration);
    }

    private String fileChangeStarted(String id, JsonNode item) {
        Block block = open(id, Kind.FILE_CHANGE);
        if (block.headerShown) {
            return "";
        }
        block.header = FileChangeView.header(ansi);
        return showHeader(block) + FileChangeView.files(item, workspace, ansi);
    }

    private String fileChangeCompleted(String id, JsonNode item) {
        Block block = blocks.get(id);
        String head;
        if (block == null) { // we missed item/started: show the files now
            head = fileChangeStarted(id, item);
            block = blocks.get(id);
        } else {
            head = block.detached ? showHeader(block) : "";
        }
        close(block);
        return head + FileChangeView.outcome(item, workspace, ansi);
    }

    private String turnDiff(JsonNode params) {
        turnDiff = JsonFields.text(params, "diff", turnDiff); // the whole turn's diff so far: keep the latest
        return "";
    }

    private String tokenUsage(JsonNode usage) {
        TokenCount last = TokenCount.from(usage.path("last"));
        turnTokens = turnTokens.plus(last);
        threadTokens = TokenCount.from(usage.path("total"));
        return ""; // shown once, at the end of the turn
    }

    private String error(JsonNode params) {
        JsonNode error = params.path("error");
        String message = JsonFields.text(error, "message", "unknown error");
        if (JsonFields.flag(params, "willRetry")) {
            return startBlock() + ansi.yellow("! " + message + " — retrying…") + "\n";
        }
        shownError = message;
        String details = JsonFields.text(error, "additionalDetails");
        return startBlock() + ansi.red("✗ error: " + message) + "\n"
                + (details == null || details.isBlank() ? "" : "  " + ansi.dim(details) + "\n");
    }

    private String turnCompleted(JsonNode turn) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks.values().toArray(Block[]::new)) {
            text.append(close(block)); // e.g. a message cut off by an interrupt never gets item/completed
        }
        text.append(startBlock());
        if (turnDiff != null && !turnDiff.isBlank()) {
            text.append("diff: ").append(DiffStat.of(turnDiff).describe()).append('\n');
        }
        if (!turnTokens.isEmpty()) {
            String thread = threadTokens.total() > turnTokens.total()
                    ? " (thread: " + Formats.count(threadTokens.total()) + ")" : "";
            text.append(ansi.dim("tokens: " + turnTokens.describe() + thread)).append('\n');
        }
        String status = JsonFields.text(turn, "status", "completed");
        Long durationMs = JsonFields.number(turn, "durationMs");
        String errorMessage = JsonFields.text(turn.path("error"), "message");
        String line = switch (status) {
            case "completed" -> ansi.green("✓ turn completed" + in(durationMs));
            case "interrupted" -> ansi.yellow("■ turn interrupted" + after(durationMs));
            case "failed" -> ansi.red("✗ turn failed" + after(durationMs)
                    + (errorMessage == null || errorMessage.equals(shownError) ? "" : ": " + errorMessage));
            default -> "turn " + status + in(durationMs);
        };
        return text.append(ansi.bold(line)).append('\n').toString();
    }

    private static String in(Long durationMs) {
        return durationMs == null ? "" : " in " + Formats.duration(durationMs);
    }

    private static String after(Long durationMs) {
        return durationMs == null ? "" : " after " + Formats.duration(durationMs);
    }

    // --- blocks: one per item being shown; only one can own the half-printed line at a time ---

    private enum Kind { AGENT_MESSAGE, REASONING, COMMAND, FILE_CHANGE }

    private static final class Block {
        final Kind kind;
        final LineIndenter lines;
        final StringBuilder streamed = new StringBuilder();
        String header; // "$ ls -la", "✎ edit": printed once, and again after someone else printed (detached)
        boolean headerShown;
        boolean detached;

        Block(Kind kind, LineIndenter lines) {
            this.kind = kind;
            this.lines = lines;
        }
    }

    private Block open(String id, Kind kind) {
        return blocks.computeIfAbsent(id, key -> new Block(kind, switch (kind) {
            case AGENT_MESSAGE -> new LineIndenter("", UnaryOperator.identity(), Integer.MAX_VALUE);
            case REASONING -> new LineIndenter("  ", ansi::faint, Integer.MAX_VALUE);
            case COMMAND -> new LineIndenter(OUTPUT_INDENT, UnaryOperator.identity(), maxOutputLines);
            case FILE_CHANGE -> new LineIndenter(OUTPUT_INDENT, UnaryOperator.identity(), Integer.MAX_VALUE); // unused
        }));
    }

    /** The block's header line as a new block. */
    private String showHeader(Block block) {
        block.headerShown = true;
        block.detached = false;
        return startBlock() + block.header + "\n";
    }

    /** Text for {@code chunk} of the block, with a gap first if the block is new on screen. */
    private String show(Block block, String chunk) {
        if (chunk.isEmpty()) {
            return "";
        }
        String prefix = "";
        if (block.detached) {
            prefix = showHeader(block);
        } else if (lineOwner != block) {
            boolean firstOutput = !block.lines.wroteAnything() && !block.headerShown;
            prefix = firstOutput ? startBlock() : closeLine();
            if (firstOutput && block.kind == Kind.REASONING) {
                prefix += block.lines.append("thinking: ");
            }
        }
        lineOwner = block;
        if (block.kind == Kind.COMMAND) {
            block.streamed.append(chunk);
        }
        return prefix + block.lines.append(chunk);
    }

    private String close(Block block) {
        blocks.values().remove(block);
        if (lineOwner == block) {
            lineOwner = null;
        }
        return block.lines.finish();
    }

    /** Ends the half-printed line of whichever block owns it. */
    private String closeLine() {
        if (lineOwner == null) {
            return "";
        }
        String text = lineOwner.lines.breakLine();
        lineOwner = null;
        return text;
    }

    /** Closes any open line and separates the next block from the previous one by a blank line. */
    private String startBlock() {
        String text = closeLine() + (printedAny ? "\n" : "");
        printedAny = true;
        return text;
    }
}
