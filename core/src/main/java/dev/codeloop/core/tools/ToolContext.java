package dev.codeloop.core.tools;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a tool may use while it runs: the turn's events, its cancellation, and the thread's settings.
 *
 * @param cwd         the thread's working directory (absolute)
 * @param shellEnv    the environment commands run with (already filtered of secrets)
 */
public record ToolContext(
        TurnEmitter events,
        CancellationToken cancel,
        Path cwd,
        SandboxPolicy sandbox,
        Map<String, String> shellEnv) {
}
