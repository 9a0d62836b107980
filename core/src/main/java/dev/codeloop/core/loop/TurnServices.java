package dev.codeloop.core.loop;

import dev.codeloop.core.model.ModelClient;
import dev.codeloop.core.model.ModelException;
import dev.codeloop.core.thread.ThreadSettings;
import dev.codeloop.core.tools.ToolRouter;
import java.util.Map;

/** What the agent loop needs from the engine, behind one small interface so tests can script it. */
public interface TurnServices {

    /** The client for the settings' provider; fails (typed) when e.g. its API key is missing. */
    ModelClient modelClient(ThreadSettings settings) throws ModelException;

    /** The tools offered for a turn with these settings, in a fixed order. */
    ToolRouter tools(ThreadSettings settings);

    /** The environment model-run commands get (secrets already removed). */
    Map<String, String> shellEnvironment();

    /** How many times a broken stream is retried for this provider. */
    int streamMaxRetries(ThreadSettings settings);

    /**
     * How long a turn may go without any progress before the watchdog ends it. Longer than everything the model
     * client may spend silently on its own (timeouts and retries), so only a real hang reaches it.
     */
    default java.time.Duration turnIdleLimit(ThreadSettings settings) {
        return java.time.Duration.ofMinutes(30);
    }

    /** The model's usable context window in tokens, reported with token usage; null if unknown. */
    Long contextWindow(ThreadSettings settings);
}
