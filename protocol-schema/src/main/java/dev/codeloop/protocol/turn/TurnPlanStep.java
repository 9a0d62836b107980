package dev.codeloop.protocol.turn;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.codeloop.protocol.Required;

/**
 * One plan step and its status.
 *
 * @param step   what the step is
 * @param status whether it is pending, in progress or completed
 */
public record TurnPlanStep(@Required String step, @Required Status status) {

    public enum Status {
        @JsonProperty("pending") PENDING,
        @JsonProperty("inProgress") IN_PROGRESS,
        @JsonProperty("completed") COMPLETED
    }
}
