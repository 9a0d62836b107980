package dev.codeloop.server.lifecycle;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM (and SIGINT) into an orderly shutdown instead of the JVM's default (run hooks, exit 143):
 * the server ends turns as interrupted, kills their process trees, closes thread logs and exits 0, exactly
 * as when stdin ends. A second signal while shutting down is ignored: the first one is already being served.
 */
public final class TerminationSignals {

    private TerminationSignals() {
    }

    /** Calls {@code onSignal} with the signal's name ("SIGTERM", "SIGINT") on a JVM signal thread. */
    public static void install(Consumer<String> onSignal) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> onSignal.accept("SIG" + signal.getName()));
            } catch (IllegalArgumentException e) {
                // The JVM reserves a signal it uses itself (e.g. with -Xrs); the default behaviour stays.
                log().debug("cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
    }

    /** Looked up on use: setting up slf4j (~6 ms) need not happen before the {@code initialize} answer. */
    private static Logger log() {
        return LoggerFactory.getLogger(TerminationSignals.class);
    }
}
