package dev.codeloop.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throwaway {@code CODELOOP_HOME} whose config points the server at the scripted model. */
final class DemoHome {

    /** The provider reads its API key from this variable; the scripted model ignores the value. */
    static final String API_KEY_VARIABLE = "CODELOOP_DEMO_API_KEY";
    static final String PLACEHOLDER_KEY = "not-a-real-key";

    private DemoHome() {
    }

    /** The demo runs unattended: no approvals, writes only inside the workspace. */
    static void writeConfig(Path home, String modelBaseUrl) throws IOException {
        writeConfig(home, modelBaseUrl, "never");
    }

    /** {@code approvalPolicy}: {@code never} to run unattended, {@code untrusted} to be asked first. */
    static void writeConfig(Path home, String modelBaseUrl, String approvalPolicy) throws IOException {
        Files.createDirectories(home);
        Files.writeString(home.resolve("config.toml"), """
                # Written by the Codeloop offline demo: a scripted stand-in model on loopback.
                model = "gpt-5.5"
                model_provider = "scripted"
                approval_policy = "%s"
                sandbox_mode = "workspace-write"

                [model_providers.scripted]
                name = "scripted (offline demo)"
                base_url = "%s"
                env_key = "%s"
                wire_api = "responses"
                """.formatted(approvalPolicy, modelBaseUrl, API_KEY_VARIABLE));
    }
}
