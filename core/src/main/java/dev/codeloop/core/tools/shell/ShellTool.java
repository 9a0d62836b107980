package dev.codeloop.core.tools.shell;

import dev.codeloop.core.approval.ApprovalPolicyEvaluator;
import dev.codeloop.core.approval.ApprovalRequest;
import dev.codeloop.core.approval.ApprovalRequirement;
import dev.codeloop.core.approval.ReviewDecision;
import dev.codeloop.core.approval.TurnApprovals;
import dev.codeloop.core.command.ApprovalKey;
import dev.codeloop.core.command.CommandClassifier;
import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.exec.ExecRequest;
import dev.codeloop.core.exec.ExecResult;
import dev.codeloop.core.exec.ModelFacingExecOutput;
import dev.codeloop.core.exec.ProcessRunner;
import dev.codeloop.core.exec.ShellCommand;
import dev.codeloop.core.exec.Termination;
import dev.codeloop.core.item.CommandAction;
import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.core.sandbox.Bubblewrap;
import dev.codeloop.core.sandbox.SandboxCommand;
import dev.codeloop.core.sandbox.SandboxDenials;
import dev.codeloop.core.sandbox.SandboxPolicy;
import dev.codeloop.core.sandbox.Sandboxes;
import dev.codeloop.core.sandbox.WritableRoots;
import dev.codeloop.core.tools.Tool;
import dev.codeloop.core.tools.ToolCall;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolResult;
import dev.codeloop.core.tools.patch.PatchExecution;
import dev.codeloop.core.tools.patch.engine.ShellPatch;
import dev.codeloop.core.tools.patch.engine.ShellPatchInvocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs a shell command for the model: {@code bash -lc <script>} in the thread's cwd, after the approval
 * policy allows it (asking the client when it says so), with a timeout, live output to the client, the
 * turn's file changes tracked, and a bounded head+tail of the output back to the model. A script that is
 * really an {@code apply_patch} invocation is applied as a patch instead.
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
            ShellToolSchema.parameters());

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
        Optional<ShellPatch> patch = ShellPatchInvocation.detect(args.script());
        if (patch.isPresent()) {
            Path patchDir = patch.get().cd() == null ? workdir : workdir.resolve(patch.get().cd()).normalize();
            return PatchExecution.run(patch.get().patch(), call.callId(), patchDir, context);
        }
        ShellCommand command = ShellCommand.bash(args.script());
        List<CommandAction> actions = CommandClassifier.classify(args.script(), workdir);
        CommandRun run = new CommandRun(call.callId(), command.displayString(), workdir.toString(), actions,
                context.events());
        if (!Files.isDirectory(workdir)) {
            return run.failedToStart("workdir " + workdir + " does not exist or is not a directory");
        }
        Approval approval = approve(args, command, actions, workdir, run, context);
        if (approval.refusal() != null) {
            return approval.refusal();
        }
        return execute(command, workdir, args, run, context, !approval.outsideSandbox());
    }

    /**
     * What the approval policy allowed: a refusal for the model (the command must not run), or permission to
     * run, outside the sandbox when the user approved the model's request for escalation.
     */
    private record Approval(ToolResult refusal, boolean outsideSandbox) {
        static final Approval SANDBOXED = new Approval(null, false);
    }

    /** Applies the approval policy; asks the client when it says so. */
    private static Approval approve(ShellCommandArguments args, ShellCommand command, List<CommandAction> actions,
                                    Path workdir, CommandRun run, ToolContext context) {
        TurnApprovals approvals = context.approvals();
        // Under `never` nobody can grant an escalation: the command stays in the sandbox.
        boolean escalation = args.escalated() && context.approvalPolicy() != ApprovalPolicy.NEVER;
        String key = ApprovalKey.of(args.script(), workdir, escalation).toString();
        boolean approvedBefore = approvals.session().commandApproved(key);
        ApprovalRequirement requirement = ApprovalPolicyEvaluator.forCommand(context.approvalPolicy(),
                context.sandbox(), args.script(), escalation, approvedBefore);
        switch (requirement) {
            case SKIP -> {
                return new Approval(null, escalation && approvedBefore);
            }
            case FORBID -> {
                run.declined();
                return new Approval(ToolResult.error("Command refused without running: it is destructive and the "
                        + "approval policy is `never`, so the user cannot be asked. Find a safer way, or explain "
                        + "what is needed."), false);
            }
            case ASK -> {
                approvals.beginWaiting();
                run.started(null);
                ReviewDecision decision = approvals.ask(new ApprovalRequest.Command(run.itemId(), run.startedAtMs(),
                        command.displayString(), workdir.toString(), actions, args.justification()));
                if (decision.approved()) {
                    if (decision == ReviewDecision.ACCEPT_FOR_SESSION) {
                        approvals.session().approveCommand(key);
                    }
                    approvals.endWaiting();
                    return escalation ? new Approval(null, true) : Approval.SANDBOXED;
                }
                run.declined();
                approvals.endWaiting();
                return new Approval(ToolResult.error("The user declined to run this command"
                        + (decision == ReviewDecision.CANCEL ? " and stopped the turn." : ". Do not retry it as is; "
                        + "continue without it or ask the user how to proceed.")), false);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private ToolResult execute(ShellCommand command, Path workdir, ShellCommandArguments args, CommandRun run,
                               ToolContext context, boolean sandboxAllowed) {
        SandboxPolicy policy = context.sandbox();
        boolean sandboxed = sandboxAllowed && Sandboxes.enforced(policy);
        List<String> argv = command.argv();
        if (sandboxed) {
            Bubblewrap.Availability availability = Bubblewrap.availability(context.shellEnv());
            if (availability instanceof Bubblewrap.Availability.Unavailable unavailable) {
                return run.failedToStart("Cannot run the command: the sandbox is not available ("
                        + unavailable.reason() + "). Commands never run unsandboxed behind the user's back: "
                        + "install bubblewrap, or set sandbox_mode = \"danger-full-access\" to run without a sandbox.");
            }
            List<Path> roots = WritableRoots.of(policy, context.cwd(), context.shellEnv()).orElse(List.of());
            argv = SandboxCommand.wrap(((Bubblewrap.Availability.Available) availability).binary(), argv, roots,
                    policy.networkAccess(), workdir);
        }
        context.changes().beforeCommand();
        ExecResult result;
        String note = "";
        try {
            result = runner.run(request(argv, workdir, args, context), run, context.cancel());
            if (sandboxed && SandboxDenials.looksDenied(result.exitCode(), result.output(), !policy.networkAccess())
                    && !context.cancel().isCancelled()) {
                if (userAllowsUnsandboxedRetry(command, workdir, run, context, result)) {
                    result = runner.run(request(command.argv(), workdir, args, context), run, context.cancel());
                } else {
                    note = Sandboxes.denialNote(policy, context.approvalPolicy());
                    context.events().warning("The sandbox appears to have blocked `" + command.displayString()
                            + "` (exit " + result.exitCode() + ").");
                }
            }
        } catch (IOException e) {
            context.changes().afterCommand();
            return run.failedToStart("failed to start the command: " + e.getMessage());
        }
        run.finished(result);
        context.changes().afterCommand();
        return new ToolResult(ModelFacingExecOutput.format(result, modelOutputBytes) + note,
                result.termination() == Termination.EXITED && result.exitCode() == 0);
    }

    /** Under `on-failure` and `untrusted`, a command the sandbox blocked may be rerun outside it, if the user agrees. */
    private static boolean userAllowsUnsandboxedRetry(ShellCommand command, Path workdir, CommandRun run,
                                                      ToolContext context, ExecResult failed) {
        ApprovalPolicy policy = context.approvalPolicy();
        if (policy != ApprovalPolicy.ON_FAILURE && policy != ApprovalPolicy.UNTRUSTED) {
            return false;
        }
        TurnApprovals approvals = context.approvals();
        approvals.beginWaiting();
        ReviewDecision decision = approvals.ask(new ApprovalRequest.Command(run.itemId(), run.startedAtMs(),
                command.displayString(), workdir.toString(), List.of(), "The command failed in the sandbox (exit "
                + failed.exitCode() + "). Run it again without the sandbox?"));
        approvals.endWaiting();
        return decision.approved();
    }

    private static ExecRequest request(List<String> argv, Path workdir, ShellCommandArguments args,
                                       ToolContext context) {
        return new ExecRequest(argv, workdir, context.shellEnv(), timeout(args), CAPTURE_LIMIT_BYTES);
    }

    private static Duration timeout(ShellCommandArguments args) {
        if (args.timeoutMs() == null || args.timeoutMs() <= 0) {
            return DEFAULT_TIMEOUT;
        }
        Duration requested = Duration.ofMillis(args.timeoutMs());
        return requested.compareTo(MAX_TIMEOUT) > 0 ? MAX_TIMEOUT : requested;
    }
}
