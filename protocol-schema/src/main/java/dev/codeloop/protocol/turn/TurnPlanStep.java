package dev.codeloop.protocol.turn;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One plan step and its status. */
public record TurnPlanStep(String step, Status status) {

    public enum Status {
        @JsonProperty("pending") PENDING,
        @JsonProperty("inProgress") IN_PROGRESS,
        @JsonProperty("completed") COMPLETED
    }
}
