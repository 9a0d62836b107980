package dev.codeloop.core.sandbox;

import java.util.List;
import java.util.Locale;

/**
 * Recognises a command that failed because the sandbox stopped it, from what such failures print. A guess,
 * like Codex's: it only ever leads to a note for the model or an offer to retry, never to running anything.
 */
public final class SandboxDenials {

    private static final List<String> FILESYSTEM = List.of("read-only file system", "permission denied",
            "operation not permitted");
    private static final List<String> NETWORK = List.of("network is unreachable", "could not resolve",
            "temporary failure in name resolution", "name or service not known", "connection refused",
            "no address associated with hostname");

    private SandboxDenials() {
    }

    /** Whether a failed command's output looks like the sandbox blocked it. */
    public static boolean looksDenied(int exitCode, String output, boolean networkRestricted) {
        if (exitCode == 0 || output == null) {
            return false;
        }
        String text = output.toLowerCase(Locale.ROOT);
        for (String marker : FILESYSTEM) {
            if (text.contains(marker)) {
                return true;
            }
        }
        if (networkRestricted) {
            for (String marker : NETWORK) {
                if (text.contains(marker)) {
                    return true;
                }
            }
        }
        return false;
    }
}
