package dev.codeloop.protocol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The coarse sandbox choice of {@code thread/start.sandbox}; kebab-case on the wire. */
public enum SandboxMode {
    @JsonProperty("read-only") READ_ONLY,
    @JsonProperty("workspace-write") WORKSPACE_WRITE,
    @JsonProperty("danger-full-access") DANGER_FULL_ACCESS
}
