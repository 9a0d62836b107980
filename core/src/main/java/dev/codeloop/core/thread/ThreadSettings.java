package dev.codeloop.core.thread;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.ReasoningEffort;
import dev.codeloop.core.config.ReasoningSummary;
import dev.codeloop.core.config.Verbosity;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;

/**
 * The settings a thread's turns run with. Starts from config and {@code thread/start}; a turn's overrides
 * replace it for that turn and every later one.
 *
 * @param baseInstructions      the system prompt
 * @param developerInstructions extra developer guidance, or null
 */
public record ThreadSettings(
        String model,
        String providerId,
        Path cwd,
        ApprovalPolicy approvalPolicy,
        SandboxPolicy sandboxPolicy,
        ReasoningEffort reasoningEffort,
        ReasoningSummary reasoningSummary,
        Verbosity verbosity,
        String baseInstructions,
        String developerInstructions) {

    /** These settings with every non-null override applied. */
    public ThreadSettings with(TurnOverrides o) {
        return new ThreadSettings(
                o.model() != null ? o.model() : model,
                providerId,
                o.cwd() != null ? o.cwd() : cwd,
                o.approvalPolicy() != null ? o.approvalPolicy() : approvalPolicy,
                o.sandboxPolicy() != null ? o.sandboxPolicy() : sandboxPolicy,
                o.reasoningEffort() != null ? o.reasoningEffort() : reasoningEffort,
                o.reasoningSummary() != null ? o.reasoningSummary() : reasoningSummary,
                verbosity,
                baseInstructions,
                developerInstructions);
    }
}
