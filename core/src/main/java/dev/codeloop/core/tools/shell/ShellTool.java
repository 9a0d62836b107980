package dev.codeloop.core.tools.shell;

import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.exec.ExecOutputListener;
import dev.codeloop.core.exec.ExecRequest;
import dev.codeloop.core.exec.ExecResult;
import dev.codeloop.core.exec.ModelFacingExecOutput;
import dev.codeloop.core.exec.ProcessRunner;
import dev.codeloop.core.exec.ShellCommand;
import dev.codeloop.core.exec.Termination;
import dev.codeloop.core.item.CommandAction;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.core.tools.Tool;
import dev.codeloop.core.tools.ToolCall;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a shell command for the model: {@code bash -lc <script>} in the thread's cwd, with a timeout, live
 * output to the client, and a bounded head+tail of the output back to the model.
 */
public final class ShellTool implements Tool {

    public static final String NAME = "shell_command";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    static final Duration MAX_TIMEOUT = Duration.ofHours(2);
    /** What the client sees of a command's output at most (head + tail). */
    static final int CAPTURE_LIMIT_BYTES = 1024 * 1024;

    private final ProcessRunner runner;
    private final int modelOutputBytes;
    private final ToolSpec spec = new ToolSpec.Function(NAME, """
            Runs a shell script with `bash -lc` and returns its exit code and output (stdout and stderr merged). \
            Each call starts a fresh shell in the working directory (or `workdir`), so `cd` and variables do not \
            persist between calls. Commands cannot read input. Long output is cut in the middle.""",
            parameters());

    public ShellTool(ProcessRunner runner, int modelOutputBytes) {
        this.runner = runner;
        this.modelOutputBytes = modelOutputBytes;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public List<String> aliases() {
        return List.of("exec_command", "shell", "local_shell", "container.exec");
    }

    @Override
    public ToolResult invoke(ToolCall call, ToolContext context) {
        ShellCommandArguments args;
        try {
            args = ShellCommandArguments.parse(call.input());
        } catch (IllegalArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        Path workdir = args.workdir() == null ? context.cwd() : context.cwd().resolve(args.workdir()).normalize();
        ShellCommand command = ShellCommand.bash(args.script());
        TurnEmitter events = context.events();
        CommandRun run = new CommandRun(call.callId(), command.displayString(), workdir.toString(),
                List.of(new CommandAction.Unknown(args.script())), events);
        if (!Files.isDirectory(workdir)) {
            return run.failedToStart("workdir " + workdir + " does not exist or is not a directory");
        }
        ExecRequest request = new ExecRequest(command.argv(), workdir, context.shellEnv(), timeout(args),
                CAPTURE_LIMIT_BYTES);
        ExecResult result;
        try {
            result = runner.run(request, run, context.cancel());
        } catch (IOException e) {
            return run.failedToStart("failed to start the command: " + e.getMessage());
        }
        run.finished(result);
        return new ToolResult(ModelFacingExecOutput.format(result, modelOutputBytes),
                result.termination() == Termination.EXITED && result.exitCode() == 0);
    }

    private static Duration timeout(ShellCommandArguments args) {
        if (args.timeoutMs() == null || args.timeoutMs() <= 0) {
            return DEFAULT_TIMEOUT;
        }
        Duration requested = Duration.ofMillis(args.timeoutMs());
        return requested.compareTo(MAX_TIMEOUT) > 0 ? MAX_TIMEOUT : requested;
    }

    /** One command's item: started when the process starts, deltas while it runs, completed at the end. */
    private static final class CommandRun implements ExecOutputListener {
        private final String itemId;
        private final String command;
        private final String cwd;
        private final List<CommandAction> actions;
        private final TurnEmitter events;
        private final AtomicLong pid = new AtomicLong(-1);
        private long startedAtMs;

        CommandRun(String itemId, String command, String cwd, List<CommandAction> actions, TurnEmitter events) {
            this.itemId = itemId;
            this.command = command;
            this.cwd = cwd;
            this.actions = actions;
            this.events = events;
        }

        @Override
        public void onStart(long processId) {
            pid.set(processId);
            startedAtMs = events.nowMs();
            events.itemStarted(new Item.CommandExecution(itemId, command, cwd, pidOrNull(),
                    Item.CommandStatus.IN_PROGRESS, actions, null, null, null, startedAtMs, null));
        }

        @Override
        public void onOutput(String chunk) {
            events.commandOutput(itemId, chunk);
        }

        void finished(ExecResult result) {
            if (startedAtMs == 0) {
                // Cancelled before the process could start: still show the item begin and end (no pid).
                onStart(-1);
            }
            Item.CommandStatus status = result.termination() == Termination.EXITED && result.exitCode() == 0
                    ? Item.CommandStatus.COMPLETED : Item.CommandStatus.FAILED;
            events.itemCompleted(new Item.CommandExecution(itemId, command, cwd, pidOrNull(), status, actions,
                    result.output(), result.exitCode(), result.duration().toMillis(), startedAtMs, events.nowMs()));
        }

        ToolResult failedToStart(String message) {
            long now = events.nowMs();
            events.itemStarted(new Item.CommandExecution(itemId, command, cwd, null, Item.CommandStatus.IN_PROGRESS,
                    actions, null, null, null, now, null));
            events.itemCompleted(new Item.CommandExecution(itemId, command, cwd, null, Item.CommandStatus.FAILED,
                    actions, message, -1, 0L, now, events.nowMs()));
            return ToolResult.error(message);
        }

        private Long pidOrNull() {
            return pid.get() < 0 ? null : pid.get();
        }
    }

    private static tools.jackson.databind.JsonNode parameters() {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode schema = mapper.createObjectNode();
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        props.putObject("command").put("type", "string")
                .put("description", "The shell script to run, e.g. \"rg -n 'TODO' src | head -50\".");
        props.putObject("workdir").put("type", "string")
                .put("description", "Directory to run in, relative to the working directory. Defaults to it.");
        props.putObject("timeout_ms").put("type", "number")
                .put("description", "Kill the command after this many milliseconds (default 60000).");
        ObjectNode permissions = props.putObject("sandbox_permissions");
        permissions.put("type", "string");
        permissions.putArray("enum").add("use_default").add("require_escalated");
        permissions.put("description", "Ask to run this command outside the sandbox (needs the user's approval).");
        props.putObject("justification").put("type", "string")
                .put("description", "With require_escalated: one sentence telling the user why it is needed.");
        schema.putArray("required").add("command");
        schema.put("additionalProperties", false);
        return schema;
    }
}
