package dev.codeloop.server;

import dev.codeloop.core.config.Config;
import dev.codeloop.core.config.SandboxMode;
import dev.codeloop.core.sandbox.Bubblewrap;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.config.ConfigWarningNotification;
import dev.codeloop.server.rpc.NotificationSender;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, once per connection and off the request path, that the sandbox the configuration asks for can run
 * here, and tells the client with {@code configWarning} when it cannot (commands then fail; they are never run
 * unsandboxed without the user choosing {@code danger-full-access}).
 */
final class SandboxCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCheck.class);

    private SandboxCheck() {
    }

    static void runInBackground(Map<String, String> env, Supplier<Config> config, NotificationSender notifications) {
        java.lang.Thread.ofVirtual().name("sandbox-check").start(() -> {
            try {
                if (config.get().sandboxMode() == SandboxMode.DANGER_FULL_ACCESS) {
                    return;
                }
            } catch (RuntimeException badConfig) {
                // A broken config is reported when a thread starts; the sandbox is still worth checking.
                LOG.debug("config not readable during the sandbox check", badConfig);
            }
            if (Bubblewrap.availability(env) instanceof Bubblewrap.Availability.Unavailable unavailable) {
                LOG.warn("sandbox unavailable: {}", unavailable.reason());
                notifications.send(Methods.CONFIG_WARNING, new ConfigWarningNotification(
                        "Commands cannot run in a sandbox on this machine: " + unavailable.reason() + ".",
                        "Codeloop runs model commands under bubblewrap (bwrap). Until it works here, commands fail "
                                + "instead of running unsandboxed. Install bubblewrap (Debian/Ubuntu: apt-get install "
                                + "bubblewrap), or set sandbox_mode = \"danger-full-access\" to run commands without "
                                + "a sandbox.",
                        null));
            }
        });
    }
}
