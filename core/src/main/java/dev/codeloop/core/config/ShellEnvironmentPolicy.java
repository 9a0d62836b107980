package dev.codeloop.core.config;

import java.util.Map;

/**
 * How the environment of spawned commands is built, from {@code [shell_environment_policy]}. Only
 * {@code set} is carried for now; Codex's other keys ({@code inherit}, {@code exclude}, ...) are ignored.
 *
 * @param set variables forced into every command's environment, in file order
 */
public record ShellEnvironmentPolicy(Map<String, String> set) {

    public static final ShellEnvironmentPolicy DEFAULT = new ShellEnvironmentPolicy(Map.of());

    public ShellEnvironmentPolicy {
        set = Immutables.orderedCopy(set);
    }

    /** Names only: the values are often tokens. */
    @Override
    public String toString() {
        return "ShellEnvironmentPolicy[set=" + Redaction.keysOnly(set) + "]";
    }
}
