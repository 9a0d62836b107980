package dev.codeloop.core.thread;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.ReasoningEffort;
import dev.codeloop.core.config.ReasoningSummary;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;

/** Per-turn setting changes from {@code turn/start}; null means "keep". They persist for later turns. */
public record TurnOverrides(
        Path cwd,
        ApprovalPolicy approvalPolicy,
        SandboxPolicy sandboxPolicy,
        String model,
        ReasoningEffort reasoningEffort,
        ReasoningSummary reasoningSummary) {

    public static final TurnOverrides NONE = new TurnOverrides(null, null, null, null, null, null);
}
