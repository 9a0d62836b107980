package dev.codeloop.protocol.turn;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum TurnStatus {
    @JsonProperty("inProgress") IN_PROGRESS,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("interrupted") INTERRUPTED,
    @JsonProperty("failed") FAILED
}
