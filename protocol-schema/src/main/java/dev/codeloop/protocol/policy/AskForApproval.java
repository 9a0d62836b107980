package dev.codeloop.protocol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When the server asks the client before acting. Wire values are kebab-case, exactly as Codex writes them. */
public enum AskForApproval {
    @JsonProperty("untrusted") UNTRUSTED,
    @JsonProperty("on-failure") ON_FAILURE,
    @JsonProperty("on-request") ON_REQUEST,
    @JsonProperty("never") NEVER
}
