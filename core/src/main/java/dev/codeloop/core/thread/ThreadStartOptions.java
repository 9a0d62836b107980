package dev.codeloop.core.thread;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.SandboxMode;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to start a thread; every field is optional (null = from config).
 *
 * @param configOverrides extra dotted config keys for this thread, like {@code -c key=value}
 * @param originator      the client that created the thread (its {@code clientInfo.name}), for the log
 */
public record ThreadStartOptions(
        String model,
        String modelProvider,
        Path cwd,
        ApprovalPolicy approvalPolicy,
        SandboxMode sandboxMode,
        Map<String, Object> configOverrides,
        String baseInstructions,
        String developerInstructions,
        boolean ephemeral,
        String originator) {

    public static ThreadStartOptions defaults() {
        return new ThreadStartOptions(null, null, null, null, null, Map.of(), null, null, false, null);
    }
}
