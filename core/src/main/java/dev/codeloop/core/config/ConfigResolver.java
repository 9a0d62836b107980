package dev.codeloop.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Turns the merged config tree (file, profile and overrides already layered) into a checked {@link Config}. */
final class ConfigResolver {

    private ConfigResolver() {
    }

    static Config resolve(Map<String, Object> tree, CodeloopHome home, Map<String, String> env, KeyOrigin origin) {
        ConfigReader root = new ConfigReader(tree, List.of(), origin);
        // Relative paths in the file mean "next to config.toml", wherever the server was started.
        Path baseDir = home.path();

        Map<String, ModelProviderInfo> providers = ProviderRegistry.resolve(root, env);
        String modelProvider = nonEmpty(root, "model_provider", BuiltInProviders.OPENAI);
        ModelProviderInfo provider = providers.get(modelProvider);
        if (provider == null) {
            throw root.invalid("model_provider", "names \"" + modelProvider + "\", which is not a known provider; "
                    + "define it in a [model_providers." + modelProvider + "] table or use one of: "
                    + String.join(", ", providers.keySet()));
        }

        Long projectDocMaxBytes = root.integer("project_doc_max_bytes");
        if (projectDocMaxBytes != null && projectDocMaxBytes < 0) {
            throw root.invalid("project_doc_max_bytes", "must not be negative, but is " + projectDocMaxBytes);
        }
        List<String> fallbackNames = root.stringList("project_doc_fallback_filenames");
        Integer toolOutputTokenLimit = root.count("tool_output_token_limit");

        return new Config(
                home,
                root.string("profile"),
                nonEmpty(root, "model", Config.DEFAULT_MODEL),
                modelProvider,
                provider,
                providers,
                or(root.wireEnum("approval_policy", ApprovalPolicy.class), Config.DEFAULT_APPROVAL_POLICY),
                or(root.wireEnum("sandbox_mode", SandboxMode.class), Config.DEFAULT_SANDBOX_MODE),
                sandboxWorkspaceWrite(root.table("sandbox_workspace_write"), baseDir),
                root.wireEnum("model_reasoning_effort", ReasoningEffort.class),
                root.wireEnum("model_reasoning_summary", ReasoningSummary.class),
                root.wireEnum("model_verbosity", Verbosity.class),
                root.positive("model_context_window"),
                root.positive("model_auto_compact_token_limit"),
                root.string("developer_instructions"),
                root.path("model_instructions_file", baseDir),
                root.string("compact_prompt"),
                projectDocMaxBytes == null ? Config.DEFAULT_PROJECT_DOC_MAX_BYTES : projectDocMaxBytes,
                fallbackNames,
                shellEnvironmentPolicy(root.table("shell_environment_policy")),
                toolOutputTokenLimit,
                root.wireEnum("apply_patch_tool_type", ApplyPatchToolType.class));
    }

    private static SandboxWorkspaceWrite sandboxWorkspaceWrite(ConfigReader table, Path baseDir) {
        if (table == null) {
            return SandboxWorkspaceWrite.DEFAULT;
        }
        return new SandboxWorkspaceWrite(
                table.pathList("writable_roots", baseDir),
                Boolean.TRUE.equals(table.bool("network_access")),
                Boolean.TRUE.equals(table.bool("exclude_tmpdir_env_var")),
                Boolean.TRUE.equals(table.bool("exclude_slash_tmp")));
    }

    private static ShellEnvironmentPolicy shellEnvironmentPolicy(ConfigReader table) {
        if (table == null) {
            return ShellEnvironmentPolicy.DEFAULT;
        }
        Map<String, String> set = table.stringMap("set");
        return set == null ? ShellEnvironmentPolicy.DEFAULT : new ShellEnvironmentPolicy(set);
    }

    private static String nonEmpty(ConfigReader root, String key, String fallback) {
        String value = root.string(key);
        if (value == null) {
            return fallback;
        }
        if (value.isBlank()) {
            throw root.invalid(key, "must not be empty");
        }
        return value.strip();
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
