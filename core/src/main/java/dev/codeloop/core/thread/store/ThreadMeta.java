package dev.codeloop.core.thread.store;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.ReasoningEffort;
import dev.codeloop.core.config.ReasoningSummary;
import dev.codeloop.core.config.Verbosity;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a thread was started with: the first record of its log. Later turns may change cwd, model and
 * policies; those changes live in each turn's {@link RolloutRecord.TurnContext}.
 *
 * @param forkedFromId          the thread this one was forked from, or null
 * @param originator            the client's name (from {@code initialize})
 * @param source                how the thread was started, e.g. {@code "appServer"}
 * @param reasoningEffort       null when the model default applies
 * @param reasoningSummary      null when the model default applies
 * @param verbosity             null when the model default applies
 * @param developerInstructions null when there are none
 * @param gitInfo               null when the cwd is not in a git repository (or it was not looked up)
 */
public record ThreadMeta(
        String id,
        String forkedFromId,
        long createdAtMs,
        Path cwd,
        String model,
        String modelProvider,
        ApprovalPolicy approvalPolicy,
        SandboxPolicy sandbox,
        ReasoningEffort reasoningEffort,
        ReasoningSummary reasoningSummary,
        Verbosity verbosity,
        String baseInstructions,
        String developerInstructions,
        String originator,
        String source,
        String cliVersion,
        GitInfo gitInfo) {

    public ThreadMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cwd, "cwd");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelProvider, "modelProvider");
        Objects.requireNonNull(approvalPolicy, "approvalPolicy");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(baseInstructions, "baseInstructions");
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cliVersion, "cliVersion");
    }
}
