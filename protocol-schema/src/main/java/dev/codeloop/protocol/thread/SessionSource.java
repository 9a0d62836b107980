package dev.codeloop.protocol.thread;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of client created a thread. */
public enum SessionSource {
    @JsonProperty("cli") CLI,
    @JsonProperty("vscode") VSCODE,
    @JsonProperty("exec") EXEC,
    @JsonProperty("appServer") APP_SERVER,
    @JsonProperty("unknown") UNKNOWN
}
