package dev.codeloop.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who started a command: the model ({@code agent}) or the user's own shell. */
public enum CommandExecutionSource {
    @JsonProperty("agent") AGENT,
    @JsonProperty("userShell") USER_SHELL,
    @JsonProperty("unifiedExecStartup") UNIFIED_EXEC_STARTUP,
    @JsonProperty("unifiedExecInteraction") UNIFIED_EXEC_INTERACTION
}
