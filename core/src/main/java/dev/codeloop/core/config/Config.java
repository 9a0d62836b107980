package dev.codeloop.core.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The effective configuration: {@code config.toml}, then the selected profile, then overrides, over
 * built-in defaults. Immutable. Nullable components mean "not configured": the consumer decides (for
 * the model request, usually "do not send the field").
 *
 * @param home                        the Codeloop home the config was loaded from
 * @param profile                     the active {@code [profiles.<name>]}, or null
 * @param model                       model slug sent to the provider (default {@value #DEFAULT_MODEL})
 * @param modelProvider               id of the active provider (default {@value BuiltInProviders#OPENAI})
 * @param provider                    the active provider, {@code providers.get(modelProvider)}
 * @param providers                   built-ins merged with {@code [model_providers.*]}, by id
 * @param approvalPolicy              default {@link ApprovalPolicy#ON_REQUEST}
 * @param sandboxMode                 default {@link SandboxMode#READ_ONLY}
 * @param sandboxWorkspaceWrite       {@code [sandbox_workspace_write]}
 * @param reasoningEffort             {@code model_reasoning_effort}; nullable
 * @param reasoningSummary            {@code model_reasoning_summary}; nullable
 * @param verbosity                   {@code model_verbosity}; nullable
 * @param modelContextWindow          tokens, {@code model_context_window}; nullable
 * @param modelAutoCompactTokenLimit  tokens, {@code model_auto_compact_token_limit}; nullable
 * @param developerInstructions       extra developer message, {@code developer_instructions}; nullable
 * @param modelInstructionsFile       replacement base instructions, absolute; nullable
 * @param compactPrompt               replacement summarisation prompt, {@code compact_prompt}; nullable
 * @param projectDocMaxBytes          cap on AGENTS.md bytes read, {@code project_doc_max_bytes}
 * @param projectDocFallbackFilenames names tried when a directory has no AGENTS.md
 * @param shellEnvironmentPolicy      {@code [shell_environment_policy]}
 * @param toolOutputTokenLimit        cap on tool output kept in history, {@code tool_output_token_limit}; nullable
 * @param applyPatchToolType          {@code apply_patch_tool_type}; nullable = chosen by model family
 */
public record Config(
        CodeloopHome home,
        String profile,
        String model,
        String modelProvider,
        ModelProviderInfo provider,
        Map<String, ModelProviderInfo> providers,
        ApprovalPolicy approvalPolicy,
        SandboxMode sandboxMode,
        SandboxWorkspaceWrite sandboxWorkspaceWrite,
        ReasoningEffort reasoningEffort,
        ReasoningSummary reasoningSummary,
        Verbosity verbosity,
        Long modelContextWindow,
        Long modelAutoCompactTokenLimit,
        String developerInstructions,
        Path modelInstructionsFile,
        String compactPrompt,
        long projectDocMaxBytes,
        List<String> projectDocFallbackFilenames,
        ShellEnvironmentPolicy shellEnvironmentPolicy,
        Integer toolOutputTokenLimit,
        ApplyPatchToolType applyPatchToolType) {

    public static final String DEFAULT_MODEL = "gpt-5.5";
    public static final ApprovalPolicy DEFAULT_APPROVAL_POLICY = ApprovalPolicy.ON_REQUEST;
    public static final SandboxMode DEFAULT_SANDBOX_MODE = SandboxMode.READ_ONLY;
    public static final long DEFAULT_PROJECT_DOC_MAX_BYTES = 32 * 1024;

    public Config {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelProvider, "modelProvider");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(approvalPolicy, "approvalPolicy");
        Objects.requireNonNull(sandboxMode, "sandboxMode");
        Objects.requireNonNull(sandboxWorkspaceWrite, "sandboxWorkspaceWrite");
        Objects.requireNonNull(shellEnvironmentPolicy, "shellEnvironmentPolicy");
        providers = Immutables.orderedCopy(providers);
        if (!provider.equals(providers.get(modelProvider))) {
            throw new IllegalArgumentException("provider must be providers.get(modelProvider)");
        }
        projectDocFallbackFilenames = projectDocFallbackFilenames == null ? List.of() : List.copyOf(projectDocFallbackFilenames);
    }

    /** The configuration used when there is no config file and no override. */
    public static Config defaults(CodeloopHome home, Map<String, String> env) {
        return ConfigResolver.resolve(new LinkedHashMap<>(), home, env, path -> "default configuration");
    }

    public Path configFile() {
        return home.configFile();
    }

    /**
     * A one-line summary for logs. Never includes secrets: provider headers, query parameters, tokens
     * and environment values are shown by name only, and instructions by length.
     */
    public String describe() {
        return "config=" + configFile()
                + " profile=" + orDash(profile)
                + " model=" + model
                + " provider=" + provider.describe()
                + " approval_policy=" + approvalPolicy
                + " sandbox_mode=" + sandboxMode
                + " network_access=" + sandboxWorkspaceWrite.networkAccess()
                + " writable_roots=" + sandboxWorkspaceWrite.writableRoots()
                + " reasoning_effort=" + orDash(reasoningEffort)
                + " reasoning_summary=" + orDash(reasoningSummary)
                + " verbosity=" + orDash(verbosity)
                + " context_window=" + orDash(modelContextWindow)
                + " auto_compact_token_limit=" + orDash(modelAutoCompactTokenLimit)
                + " developer_instructions=" + (developerInstructions == null ? "-" : developerInstructions.length() + " chars")
                + " model_instructions_file=" + orDash(modelInstructionsFile)
                + " compact_prompt=" + (compactPrompt == null ? "-" : compactPrompt.length() + " chars")
                + " shell_env_set=" + shellEnvironmentPolicy.set().keySet()
                + " tool_output_token_limit=" + orDash(toolOutputTokenLimit)
                + " providers=" + providers.keySet();
    }

    @Override
    public String toString() {
        return "Config[" + describe() + "]";
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
